/**
 * What the popup lists: search results for the box and view, the current page's papers when the box is
 * empty on a digest page, else the library by recency — with the paper records for what is shown.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Paper } from '../core/paper.js';
import type { SearchIndex } from '../core/search/search-index.js';
import { db } from '../db/schema.js';
import { papersByIds } from './library.js';

export type View = 'all' | 'unread' | 'bookmarked';

export const VIEW_FILTERS: Record<View, string> = { all: '', unread: 'is:unread', bookmarked: 'is:bookmarked' };

export interface Listing {
  /** What the list shows: `search`, `page` (the current tab's papers) or `recent`. */
  kind: 'search' | 'page' | 'recent';
  ids: string[];
  /** Index words each paper matched, for highlighting. */
  terms: Map<string, string[]>;
  total: number;
}

export interface Counts {
  all: number;
  unread: number;
  bookmarked: number;
}

const EMPTY: Listing = { kind: 'recent', ids: [], terms: new Map(), total: 0 };

/** Runs on every keystroke: the index answers synchronously, so there is no debounce. */
export function listFor(
  index: SearchIndex | undefined,
  query: string,
  view: View,
  limit: number,
  pageIds: readonly string[],
): Listing {
  const text = query.trim();
  if (text === '' && view === 'all' && pageIds.length > 0) {
    return { kind: 'page', ids: pageIds.slice(0, limit), terms: new Map(), total: pageIds.length };
  }
  if (!index) return EMPTY;
  const results = index.search(`${query} ${VIEW_FILTERS[view]}`.trim(), { limit });
  return {
    kind: text === '' ? 'recent' : 'search',
    ids: results.hits.map((hit) => hit.id),
    terms: new Map(results.hits.map((hit) => [hit.id, hit.terms])),
    total: results.total,
  };
}

export function countsOf(index: SearchIndex | undefined): Counts | undefined {
  if (!index) return undefined;
  const total = (query: string): number => index.search(query, { limit: 0 }).total;
  return { all: index.size, unread: total('is:unread'), bookmarked: total('is:bookmarked') };
}

/** The records of the listed papers, kept fresh when the index (and so the library) changes. */
export function useRecords(ids: readonly string[], version: unknown): Map<string, Paper> {
  const [records, setRecords] = useState<Map<string, Paper>>(new Map());
  const key = ids.join('\n');
  useEffect(() => {
    let current = true;
    void papersByIds(ids).then((found) => {
      if (current) setRecords(found);
    });
    return () => {
      current = false;
    };
  }, [key, version]);
  return records;
}

/** Without an index (a library too new to have one yet), the most recently seen papers. */
export function useRecentFallback(enabled: boolean, limit: number): string[] {
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    if (!enabled) return;
    void db.papers
      .orderBy('lastSeenAt')
      .reverse()
      .limit(limit)
      .primaryKeys()
      .then((keys) => setIds(keys));
  }, [enabled, limit]);
  return ids;
}

export function useListing(
  index: SearchIndex | undefined,
  query: string,
  view: View,
  limit: number,
  pageIds: readonly string[],
): Listing {
  return useMemo(() => listFor(index, query, view, limit, pageIds), [index, query, view, limit, pageIds]);
}
