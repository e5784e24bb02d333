/** The popup's search engine: query language, index, persistence. See docs/search.md. */
export { parseQuery } from './query.js';
export type { ParsedQuery, QueryFilters, QueryWord, SiteFilter, YearRange } from './query-types.js';
export { SearchIndex } from './search-index.js';
export type { IndexParts, SearchHit, SearchOptions, SearchResults } from './search-index.js';
export type { DocFlags, SearchDoc } from './doc.js';
export { SegmentFormatError } from './segment.js';
export { tagKey } from './tag-key.js';
export { tokenize } from './tokenize.js';
