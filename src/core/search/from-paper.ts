/** What the index takes from a stored paper. */
import type { Paper } from '../paper.js';
import type { SearchDoc } from './doc.js';

export function searchDocOf(paper: Paper): SearchDoc {
  const year = yearOf(paper);
  return {
    id: paper.id,
    title: paper.title ?? '',
    authors: paper.authors ?? [],
    abstract: paper.abstract ?? '',
    tags: paper.tags,
    note: paper.note,
    ...(year !== undefined ? { year } : {}),
    sites: paper.sites,
    bookmarked: paper.bookmarkedAt !== undefined,
    read: paper.readAt !== undefined,
    lastSeenAt: paper.lastSeenAt,
  };
}

/** The publication year, else the year in a new-style arXiv id (`2311.12424` is from 2023). */
function yearOf(paper: Paper): number | undefined {
  const published = /^(\d{4})-/.exec(paper.publishedAt ?? '');
  if (published) return Number(published[1]);
  const id = /^(\d{2})\d{2}\.\d{4,5}$/.exec(paper.arxivId ?? '');
  return id ? 2000 + Number(id[1]) : undefined;
}
