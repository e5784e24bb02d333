/** What the search index knows of one paper, and the flag bits it keeps per document. */

export interface SearchDoc {
  /** The paper's key: `arxiv:<id>` or `title:<hash>`. Id lookups find papers by `arxiv:<id>`. */
  id: string;
  title: string;
  authors: readonly string[];
  abstract: string;
  tags: readonly string[];
  note: string;
  year?: number;
  /** Host names the paper was seen on; `huggingface.co` and `arxiv.org` can be filtered on. */
  sites: readonly string[];
  bookmarked: boolean;
  read: boolean;
  /** Epoch milliseconds; ranks ties and lists filter-only results. */
  lastSeenAt: number;
}

export interface DocFlags {
  bookmarked?: boolean;
  read?: boolean;
}

export const FLAG_BOOKMARKED = 1;
export const FLAG_READ = 2;
export const FLAG_SITE_HF = 4;
export const FLAG_SITE_ARXIV = 8;

export function flagsOf(doc: Pick<SearchDoc, 'bookmarked' | 'read' | 'sites'>): number {
  let flags = 0;
  if (doc.bookmarked) flags |= FLAG_BOOKMARKED;
  if (doc.read) flags |= FLAG_READ;
  for (const site of doc.sites) flags |= siteFlag(site);
  return flags;
}

export function siteFlag(site: string): number {
  const host = site.toLowerCase().replace(/^www\./, '');
  if (host === 'huggingface.co') return FLAG_SITE_HF;
  if (host === 'arxiv.org' || host.endsWith('.arxiv.org')) return FLAG_SITE_ARXIV;
  return 0;
}

/** The flags after a bookmark or read toggle; fields left undefined keep their value. */
export function withFlags(flags: number, change: DocFlags): number {
  let next = flags;
  if (change.bookmarked !== undefined) next = change.bookmarked ? next | FLAG_BOOKMARKED : next & ~FLAG_BOOKMARKED;
  if (change.read !== undefined) next = change.read ? next | FLAG_READ : next & ~FLAG_READ;
  return next;
}
