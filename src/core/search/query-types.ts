/** The query language, as a typed structure: what the search box asked for. */

/** A site a paper was seen on, as a filter knows it. */
export type SiteFilter = 'huggingface.co' | 'arxiv.org';

/** Inclusive bounds on the paper's year. */
export interface YearRange {
  min?: number;
  max?: number;
}

export interface QueryWord {
  /** One folded word, as the index stores words. */
  text: string;
  /** The word is still being typed: it also matches longer words that start with it. */
  prefix: boolean;
  /** The word was inside quotes: it must match as written, without typo tolerance. */
  phrase: boolean;
}

export interface QueryFilters {
  bookmarked?: boolean;
  /** `true` for `is:read`, `false` for `is:unread`. */
  read?: boolean;
  /** Tag keys (see `tagKey`); a paper must carry all of them. */
  tags: string[];
  /** A paper must have been seen on all of these sites. */
  sites: SiteFilter[];
  year?: YearRange;
}

export interface ParsedQuery {
  words: QueryWord[];
  filters: QueryFilters;
  /** Canonical arXiv id to look up, from `id:…` or an id or URL pasted alone. */
  arxivId?: string;
  /** Filter tokens whose value could not be read (`year:20` while typing); they are ignored, not searched. */
  ignored: string[];
}

export function hasFilters(filters: QueryFilters): boolean {
  return (
    filters.bookmarked !== undefined ||
    filters.read !== undefined ||
    filters.tags.length > 0 ||
    filters.sites.length > 0 ||
    filters.year !== undefined
  );
}
