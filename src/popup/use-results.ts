/**
 * What the popup lists: search results for the box and view, the current page's papers when the box is
 * empty on a digest page, else the library by recency — with the paper records for what is shown.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Paper } from '../core/paper.js';
import type { SearchIndex } from '../core/search/search-index.js';
import { papersByIds } from './records.js';
import { FIRST_SCREEN } from './prefetch.js';

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

/**
 * Runs on every keystroke: the index answers synchronously, so there is no debounce. Until the index has
 * loaded, the empty box shows the current page's papers or the most recently seen (`recentIds`).
 */
export function listFor(
  index: SearchIndex | undefined,
  query: string,
  view: View,
  limit: number,
  pageIds: readonly string[],
  recentIds: readonly string[],
): Listing {
  const text = query.trim();
  if (text === '' && view === 'all' && pageIds.length > 0) {
    return { kind: 'page', ids: pageIds.slice(0, limit), terms: new Map(), total: pageIds.length };
  }
  if (!index) {
    if (text !== '' || view !== 'all') return EMPTY;
    return { kind: 'recent', ids: recentIds.slice(0, limit), terms: new Map(), total: recentIds.length };
  }
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

/**
 * The records of the listed papers, kept fresh when the index (and so the library) changes. Records
 * already fetched are reused, so a keystroke fetches only papers it newly lists, the first screenful first.
 * `known`: records already read (at open), current as of `version`.
 */
export function useRecords(ids: readonly string[], version: unknown, known: readonly Paper[]): Map<string, Paper> {
  const cache = useRef(new Map<string, Paper>());
  const [records, setRecords] = useState<Map<string, Paper>>(cache.current);
  const key = ids.join('\n');
  const seenVersion = useRef(version);
  useLayoutEffect(() => {
    if (seenVersion.current !== version) {
      seenVersion.current = version; // the library changed: every record may be stale
      cache.current = new Map();
    }
    for (const paper of known) if (!cache.current.has(paper.id)) cache.current.set(paper.id, paper);
    let current = true;
    const load = async (wanted: readonly string[]): Promise<void> => {
      const missing = wanted.filter((id) => !cache.current.has(id));
      if (missing.length > 0) for (const [id, paper] of await papersByIds(missing)) cache.current.set(id, paper);
      if (current) setRecords(new Map(cache.current));
    };
    void load(ids.slice(0, FIRST_SCREEN)).then(() => (ids.length > FIRST_SCREEN ? load(ids) : undefined));
    return () => {
      current = false;
    };
  }, [key, version, known]);
  return records;
}

export function useListing(
  index: SearchIndex | undefined,
  query: string,
  view: View,
  limit: number,
  pageIds: readonly string[],
  recentIds: readonly string[],
): Listing {
  return useMemo(
    () => listFor(index, query, view, limit, pageIds, recentIds),
    [index, query, view, limit, pageIds, recentIds],
  );
}
