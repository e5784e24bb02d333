/**
 * What the table lists: the papers matching the search box, the view and the tag, in the chosen order.
 * The search index answers the query (the popup's language: words, `is:`, `tag:`, `year:`, `site:`, ids);
 * the rows give the columns to sort by.
 */
import type { SearchIndex } from '../core/search/search-index.js';
import { VIEW_FILTERS, type View } from '../popup/use-results.js';
import type { Row } from './rows.js';
import { sortIds, type Sort } from './sort-rows.js';

export interface TableListing {
  ids: string[];
  /** Index words each paper matched, for highlighting. */
  terms: Map<string, string[]>;
  /** Papers matching, including any whose rows are still being read. */
  total: number;
  /** The query has words (so `relevance` means best match, not most recent). */
  searching: boolean;
}

export function listTable(
  index: SearchIndex | undefined,
  rows: ReadonlyMap<string, Row>,
  query: string,
  view: View,
  sort: Sort,
  /** Papers to list in the search's own order (more are asked for as the table scrolls); a column sort needs every match. */
  limit: number,
): TableListing {
  const text = `${query} ${VIEW_FILTERS[view]}`.trim();
  if (!index) {
    // The index is still loading: the rows read so far, most recent first, filtered by view only.
    const matching = [...rows.values()].filter((row) =>
      view === 'unread' ? row.readAt === undefined : view === 'bookmarked' ? row.bookmarkedAt !== undefined : true,
    );
    const recent = matching.sort((a, b) => b.lastSeenAt - a.lastSeenAt).map((row) => row.id);
    return { ids: sortIds(recent, rows, sort), terms: new Map(), total: recent.length, searching: false };
  }
  const results = index.search(text, { limit: sort.column === 'relevance' ? limit : Math.max(1, index.size) });
  const found = results.hits.map((hit) => hit.id).filter((id) => rows.has(id));
  return {
    ids: sortIds(found, rows, sort),
    terms: new Map(results.hits.filter((hit) => hit.terms.length > 0).map((hit) => [hit.id, hit.terms])),
    total: results.total,
    searching: results.query.words.length > 0,
  };
}
