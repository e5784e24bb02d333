/**
 * Papers as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a quote, comma or line break) for
 * spreadsheets, one row per paper under a header row.
 */
import { arxivAbsUrl, arxivPdfUrl } from '../arxiv-id.js';
import { dayOf } from '../dates.js';
import type { Paper } from '../paper.js';

export const CSV_COLUMNS = [
  'id', 'arxiv_id', 'title', 'authors', 'published', 'first_seen', 'last_seen', 'upvotes', 'read', 'bookmarked',
  'tags', 'note', 'url', 'pdf_url', 'abstract',
] as const;

export function writeCsv(papers: readonly Paper[]): string {
  const rows = [CSV_COLUMNS.map(String), ...papers.map(rowOf)];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function rowOf(paper: Paper): string[] {
  return [
    paper.id,
    paper.arxivId ?? '',
    paper.title ?? '',
    (paper.authors ?? []).join('; '),
    paper.publishedAt ?? '',
    day(paper.firstSeenAt),
    day(paper.lastSeenAt),
    paper.upvotes === undefined ? '' : String(paper.upvotes),
    // The day it happened says more than "yes", and still sorts and filters ("no" sorts after dates).
    paper.readAt === undefined ? 'no' : day(paper.readAt),
    paper.bookmarkedAt === undefined ? 'no' : day(paper.bookmarkedAt),
    paper.tags.join('; '),
    paper.note,
    paper.url ?? (paper.arxivId ? arxivAbsUrl(paper.arxivId) : ''),
    paper.pdfUrl ?? (paper.arxivId ? arxivPdfUrl(paper.arxivId) : ''),
    paper.abstract ?? '',
  ];
}

/**
 * One cell. Text a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a
 * leading `'`, so opening the file cannot run anything a page put in a title (OWASP's CSV injection advice).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function day(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : dayOf(date);
}
