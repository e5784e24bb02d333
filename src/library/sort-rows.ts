/** Sorting the library table by a column. Pure: rows in, ids out. */
import type { Row } from './rows.js';

export type Column = 'title' | 'authors' | 'published' | 'firstSeen' | 'lastSeen' | 'upvotes' | 'read' | 'bookmarked' | 'tags';

export interface Sort {
  /** `relevance` keeps the order the search gave (best match, or most recently seen without words). */
  column: Column | 'relevance';
  descending: boolean;
}

/** Which way a column sorts when first clicked: newest, most upvoted and marked papers first. */
export const FIRST_DIRECTION: Record<Column, boolean> = {
  title: false,
  authors: false,
  published: true,
  firstSeen: true,
  lastSeen: true,
  upvotes: true,
  read: true,
  bookmarked: true,
  tags: false,
};

type Key = (row: Row) => string | number | undefined;

const KEYS: Record<Column, Key> = {
  title: (row) => row.titleKey,
  authors: (row) => row.authorKey || undefined,
  published: (row) => row.published || undefined,
  firstSeen: (row) => row.firstSeenAt,
  lastSeen: (row) => row.lastSeenAt,
  upvotes: (row) => row.upvotes,
  read: (row) => row.readAt,
  bookmarked: (row) => row.bookmarkedAt,
  tags: (row) => (row.tags.length > 0 ? row.tags.join(' ') : undefined),
};

/**
 * The ids in the order of the column. Papers without a value (no upvotes, not read) always come last,
 * whichever the direction; ties keep their given order (the search's), so sorting is stable.
 */
export function sortIds(ids: readonly string[], rows: ReadonlyMap<string, Row>, sort: Sort): string[] {
  if (sort.column === 'relevance') return [...ids];
  const key = KEYS[sort.column];
  const sign = sort.descending ? -1 : 1;
  const keyed: { id: string; key: string | number | undefined; at: number }[] = [];
  ids.forEach((id, at) => {
    const row = rows.get(id);
    if (row) keyed.push({ id, key: key(row), at });
  });
  keyed.sort((a, b) => {
    if (a.key === b.key) return a.at - b.at;
    if (a.key === undefined) return 1;
    if (b.key === undefined) return -1;
    return (a.key < b.key ? -1 : 1) * sign;
  });
  return keyed.map((entry) => entry.id);
}

/** Case, accents and leading punctuation ignored: `Über`, `uber` and `"Uber"` sort together. */
export function foldForSort(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '');
}
