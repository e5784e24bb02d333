/** Every tag in the library with how many papers carry it, most used first. */
import type { Row } from './rows.js';

export function tagCountsOf(rows: Iterable<Pick<Row, 'tags'>>): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
