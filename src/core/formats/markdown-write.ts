/**
 * Papers as a Markdown reading list: a task list to paste into notes (Obsidian, GitHub, a README), one
 * line per paper, `- [ ] [Title](url) — Authors (year) · #tags`, read papers ticked.
 */
import { arxivAbsUrl } from '../arxiv-id.js';
import { dayOf } from '../dates.js';
import type { Paper } from '../paper.js';
import { yearOf } from '../paper-search-doc.js';

/** Names shown before "et al.": enough to recognise a paper, short enough to keep the line scannable. */
const SHOWN_AUTHORS = 3;

/**
 * Unread papers first, then the read ones: a reading list is worked through from the top, and what is
 * done is the record below. Grouping by tag would repeat papers with several tags and scatter the
 * untagged ones. Within each group the papers keep the order they were given in (the order the person
 * chose in the library).
 */
export function writeMarkdown(papers: readonly Paper[], now: Date): string {
  const toRead = papers.filter((paper) => paper.readAt === undefined);
  const read = papers.filter((paper) => paper.readAt !== undefined);
  const count = `${papers.length} paper${papers.length === 1 ? '' : 's'}, ${toRead.length} to read`;
  const lines = ['# Reading list', '', `Exported from Paperdex on ${dayOf(now)}: ${count}.`];
  for (const [heading, group] of [['To read', toRead], ['Read', read]] as const) {
    if (group.length === 0) continue;
    lines.push('', `## ${heading} (${group.length})`, '', ...group.map(itemOf));
  }
  return lines.join('\n') + '\n';
}

function itemOf(paper: Paper): string {
  const label = escapeMarkdown(paper.title ?? (paper.arxivId ? `arXiv:${paper.arxivId}` : paper.id));
  const url = linkUrl(paper);
  let line = `- [${paper.readAt === undefined ? ' ' : 'x'}] ${url ? `[${label}](${url})` : label}`;
  const year = yearOf(paper);
  const byline = [authorsOf(paper), year !== undefined && Number.isFinite(year) ? `(${year})` : ''].filter(Boolean).join(' ');
  if (byline) line += ` — ${byline}`;
  if (paper.tags.length > 0) line += ` · ${paper.tags.map((tag) => `#${escapeMarkdown(tag)}`).join(' ')}`;
  return line;
}

function authorsOf(paper: Paper): string {
  const names = (paper.authors ?? []).map(escapeMarkdown).filter(Boolean);
  const more = names.length > SHOWN_AUTHORS || (paper.authorCount ?? 0) > names.length;
  return names.slice(0, SHOWN_AUTHORS).join(', ') + (more && names.length > 0 ? ' et al.' : '');
}

/**
 * Text that Markdown shows as it is: characters that start emphasis, code, links, HTML, entities,
 * strikethrough, math or table cells are backslash-escaped, so a title can never end its link early.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>~|$&]/g, '\\$&');
}

/**
 * The paper's link, only when it is http(s) (a `javascript:` URL from an imported file must not become a
 * link); characters that would end a link destination are percent-encoded.
 */
function linkUrl(paper: Paper): string | undefined {
  const url = paper.arxivId ? arxivAbsUrl(paper.arxivId) : paper.url;
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  return url.replace(/[\s()<>\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
