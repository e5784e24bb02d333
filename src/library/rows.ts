/**
 * The library table's rows: the few fields of a paper the table shows and sorts by, so 100,000 papers fit
 * in a few tens of megabytes (abstracts, sightings and notes are read only for the paper in the detail pane).
 */
import type { Paper } from '../core/paper.js';
import { authorLine } from '../popup/format.js';
import { foldForSort } from './sort-rows.js';

export interface Row {
  id: string;
  title: string;
  /** The author line as text (`A, B, C +5`, or `8 authors` when only the count is known). */
  authors: string;
  /** The first names of that line, each shown in an isolate of its own, and how many more there are. */
  names: string[];
  moreAuthors: number;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; empty when unknown. */
  published: string;
  firstSeenAt: number;
  lastSeenAt: number;
  upvotes?: number;
  readAt?: number;
  bookmarkedAt?: number;
  tags: string[];
  /** Sort keys, computed once: folded title and first author. */
  titleKey: string;
  authorKey: string;
}

const SHOWN_AUTHORS = 3;

export function rowOf(paper: Paper): Row {
  const title = paper.title ?? (paper.arxivId ? `arXiv:${paper.arxivId}` : 'Untitled');
  const authors = authorLine(paper, SHOWN_AUTHORS);
  const names = (paper.authors ?? []).slice(0, SHOWN_AUTHORS);
  const row: Row = {
    id: paper.id,
    title,
    authors,
    names,
    moreAuthors: Math.max(paper.authorCount ?? 0, paper.authors?.length ?? 0) - names.length,
    published: paper.publishedAt ?? '',
    firstSeenAt: paper.firstSeenAt,
    lastSeenAt: paper.lastSeenAt,
    tags: paper.tags,
    titleKey: foldForSort(title),
    authorKey: foldForSort(lastName(paper.authors?.[0] ?? '')),
  };
  if (paper.upvotes !== undefined) row.upvotes = paper.upvotes;
  if (paper.readAt !== undefined) row.readAt = paper.readAt;
  if (paper.bookmarkedAt !== undefined) row.bookmarkedAt = paper.bookmarkedAt;
  return row;
}

/** Authors sort by the first author's family name, as in a bibliography. */
function lastName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? `${parts.at(-1)!} ${parts.slice(0, -1).join(' ')}` : name;
}
