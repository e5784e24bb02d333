/** What the search index keeps of a library paper. */
import type { Paper } from './paper.js';
import type { SearchDoc } from './search/doc.js';

export function searchDocOf(paper: Paper): SearchDoc {
  const year = yearOf(paper);
  return {
    id: paper.id,
    title: paper.title ?? '',
    authors: paper.authors ?? [],
    abstract: paper.abstract ?? paper.aiSummary ?? '',
    tags: paper.tags,
    note: paper.note,
    ...(year !== undefined ? { year } : {}),
    sites: paper.sites,
    bookmarked: paper.bookmarkedAt !== undefined,
    read: paper.readAt !== undefined,
    lastSeenAt: paper.lastSeenAt,
  };
}

/** The publication year, or the year the arXiv id was issued (`2311.12424` → 2023). */
export function yearOf(paper: Pick<Paper, 'publishedAt' | 'arxivId'>): number | undefined {
  if (paper.publishedAt) return Number(paper.publishedAt.slice(0, 4));
  const modern = /^(\d{2})\d{2}\.\d{4,5}$/.exec(paper.arxivId ?? '');
  if (modern) return 2000 + Number(modern[1]);
  const old = /\/(\d{2})\d{5}$/.exec(paper.arxivId ?? '');
  if (old) return Number(old[1]) >= 91 ? 1900 + Number(old[1]) : 2000 + Number(old[1]);
  return undefined;
}
