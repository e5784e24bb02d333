/** What the sidebar counts: papers by state, and tags. */
import type { Row } from './rows.js';

/** The counts from the rows read so far, until the search index (which counts exactly) has loaded. */
export function countRows(rows: Iterable<Pick<Row, 'readAt' | 'bookmarkedAt'>>): { all: number; unread: number; bookmarked: number } {
  const counts = { all: 0, unread: 0, bookmarked: 0 };
  for (const row of rows) {
    counts.all++;
    if (row.readAt === undefined) counts.unread++;
    if (row.bookmarkedAt !== undefined) counts.bookmarked++;
  }
  return counts;
}

/** Every tag in the library with how many papers carry it, most used first. */
export function tagCountsOf(rows: Iterable<Pick<Row, 'tags'>>): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
