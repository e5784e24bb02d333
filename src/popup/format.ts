/** How papers read in the popup: authors, dates, where they were seen. */
import type { PageKind } from '../core/entry.js';
import type { Paper, SeenOn } from '../core/paper.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Liu Yang, Kangwook Lee +2`, or `8 authors` when only the count is known. */
export function authorLine(paper: Paper, shown = 2): string {
  const authors = paper.authors ?? [];
  const count = Math.max(paper.authorCount ?? 0, authors.length);
  if (authors.length === 0) return count > 0 ? `${count} author${count === 1 ? '' : 's'}` : '';
  const more = count - Math.min(shown, authors.length);
  return authors.slice(0, shown).join(', ') + (more > 0 ? ` +${more}` : '');
}

/** `2023-11-21` → `Nov 21, 2023`. */
export function formatDay(day: string | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!match) return '';
  return `${MONTHS[Number(match[2]) - 1]} ${Number(match[3])}, ${match[1]}`;
}

export function formatTime(time: number): string {
  const date = new Date(time);
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}

const KIND_LABELS: Record<PageKind, string> = {
  'hf-daily': 'HF Daily',
  'hf-week': 'HF Weekly',
  'hf-month': 'HF Monthly',
  'hf-trending': 'HF Trending',
  'hf-search': 'HF search',
  'hf-org': 'HF',
  'hf-paper': 'HF paper page',
  'arxiv-list': 'arXiv listing',
  'arxiv-abs': 'arXiv',
  text: 'saved from',
};

/** `HF Daily Nov 22, 2023`, `HF search “moe”`, `saved from digest.example`. */
export function seenLabel(seen: SeenOn | undefined): string {
  if (!seen) return '';
  const label = KIND_LABELS[seen.pageKind];
  if (seen.query) return `${label} “${seen.query}”`;
  if (seen.date) return `${label} ${formatDay(seen.date)}`;
  if (seen.period) return `${label} ${seen.period}`;
  if (seen.pageKind === 'text') return `${label} ${seen.site || 'a page'}`;
  return label;
}
