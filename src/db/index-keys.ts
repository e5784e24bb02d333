/** Where the search index is stored: the keys of its two parts in the `blobs` table. */
export const INDEX_BASE = 'search-base';
export const INDEX_DELTA = 'search-delta';
