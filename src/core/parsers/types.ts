/** The contract every page parser keeps. */
import type { Draft, Entry, PageKind } from '../entry.js';

/** A link on the page: its visible text and absolute URL. */
export interface PageLink {
  text: string;
  href: string;
}

export interface ParseInput {
  /** The page's URL ('' when unknown, e.g. pasted text). */
  url: string;
  /** Capture time: stamps the entries and anchors dates shown without a year. */
  now: Date;
  /** The page's DOM, when there is one. */
  document?: Document;
  /** The page's text (as the user sees it), when there is no DOM or the DOM is read as text. */
  text?: string;
  /** The page's links, to enrich text-parsed entries (a link whose text is a title gives its arXiv id). */
  links?: PageLink[];
}

/** What the page itself is: the digest's date or period, or the search query. */
export interface PageInfo {
  kind: PageKind;
  /** Host name, '' when unknown. */
  site: string;
  url: string;
  /** The digest's day (`YYYY-MM-DD`) for daily pages and arXiv listings. */
  date?: string;
  /** The digest's period for week and month pages: `2023-W47`, `2023-11`. */
  period?: string;
  /** The search query on search pages. */
  query?: string;
}

export interface ParseResult {
  /** Which parser read the page. */
  parser: string;
  page: PageInfo;
  /** The papers on the page, in page order, one entry per paper. */
  entries: Entry[];
  /** What could not be read, in words a person understands. Empty when everything parsed. */
  problems: string[];
}

/** What a parser's reading function returns before the shared finishing step. */
export interface Reading {
  drafts: Draft[];
  problems: string[];
  /** Page facts found in the content (e.g. the digest date in embedded JSON). */
  page?: Partial<Pick<PageInfo, 'date' | 'period' | 'query'>>;
}

export interface PageParser {
  id: string;
  label: string;
  /** Manifest match patterns of the pages this parser reads (empty for the generic text parser). */
  matches: readonly string[];
  /** The kind of page a URL is, when this parser reads it; null otherwise. */
  kindOf(url: URL): PageKind | null;
  /** The kind of page a document is, judged by its content, for pages whose URL is unknown. */
  recognize(document: Document): PageKind | null;
  /** Reads the page. Must not throw; the registry guards it anyway. */
  read(input: ParseInput, kind: PageKind): Reading;
}
