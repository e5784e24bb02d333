/** What Paperdex knows about one paper as read from one page. */

/** The kind of page an entry was read from. */
export type PageKind =
  | 'hf-daily'
  | 'hf-week'
  | 'hf-month'
  | 'hf-trending'
  | 'hf-search'
  | 'hf-org'
  | 'hf-paper'
  | 'arxiv-list'
  | 'arxiv-abs'
  | 'text';

export const PAGE_KINDS: readonly PageKind[] = [
  'hf-daily',
  'hf-week',
  'hf-month',
  'hf-trending',
  'hf-search',
  'hf-org',
  'hf-paper',
  'arxiv-list',
  'arxiv-abs',
  'text',
];

/** Where and when an entry was read. */
export interface Source {
  /** Host name of the page (`huggingface.co`, `arxiv.org`), or '' when the text came without a URL. */
  site: string;
  pageUrl: string;
  pageKind: PageKind;
  /** 1-based position of the paper on the page, in page order. */
  position: number;
  /** ISO 8601 time of the capture. */
  capturedAt: string;
}

/** Everything a page can tell about a paper. A field the page does not give is absent, never guessed. */
export interface PaperFields {
  /** arXiv id without version: `2311.12424`, `hep-th/9901001`. */
  arxivId?: string;
  /** The version the page shows, e.g. `v2`. */
  version?: string;
  /** Title with white space collapsed. */
  title?: string;
  abstract?: string;
  /** Author names in page order, when the page shows names (it may show only the first few). */
  authors?: string[];
  authorCount?: number;
  /** `YYYY-MM-DD`. */
  publishedAt?: string;
  upvotes?: number;
  /** Number of comments in the paper's discussion. */
  commentCount?: number;
  /** arXiv's comment field, e.g. `19 pages, 11 figures`. */
  arxivComment?: string;
  aiSummary?: string;
  githubUrl?: string;
  projectUrl?: string;
  /** The paper's own page on the site it was read from. */
  url?: string;
  pdfUrl?: string;
  /** arXiv categories, primary first, e.g. `cs.LG`. */
  categories?: string[];
}

/** One paper read from one page. */
export interface Entry extends PaperFields {
  /** Canonical key: `arxiv:<id>` when the arXiv id is known, else `title:<hash of the normalised title>`. */
  id: string;
  source: Source;
}

/** What a parser extracts before ids and sources are assigned. */
export type Draft = PaperFields;
