/**
 * arXiv listings, `/list/<category>/new|recent|pastweek`: every section (new submissions, cross-lists,
 * replacements, or one per day on `/recent`), each a `dl` of `dt` (id and links) and `dd` (metadata).
 */
import { arxivAbsUrl, arxivPdfUrl, parseArxivId } from '../arxiv-id.js';
import { parseDayMonthYear } from '../dates.js';
import type { Draft, PageKind } from '../entry.js';
import { categoriesIn } from './arxiv-categories.js';
import { textOf, textWithoutDescriptor } from './dom-read.js';
import type { PageParser, ParseInput, Reading } from './types.js';

export const arxivList: PageParser = {
  id: 'arxiv-list',
  label: 'arXiv listing',
  matches: ['https://arxiv.org/list/*'],
  kindOf: (url) =>
    /^(www\.|export\.)?arxiv\.org$/.test(url.hostname) && url.pathname.startsWith('/list/') ? 'arxiv-list' : null,
  recognize: (doc) => (doc.querySelector('dl dt a[href*="/abs/"]') && doc.querySelector('.list-title') ? 'arxiv-list' : null),
  read: readArxivList,
};

function readArxivList(input: ParseInput, _kind: PageKind): Reading {
  const doc = input.document;
  if (!doc) return { drafts: [], problems: ['there is no page to read'] };
  const drafts: Draft[] = [];
  let unreadable = 0;
  for (const term of Array.from(doc.querySelectorAll('dl dt'))) {
    const details = nextElement(term, 'DD');
    const draft = readItem(term, details);
    if (draft) drafts.push(draft);
    else unreadable++;
  }
  const problems = unreadable > 0 ? [`${unreadable} listing item${unreadable === 1 ? '' : 's'} had no arXiv id`] : [];
  const heading = Array.from(doc.querySelectorAll('h3')).find((h3) => /listings? for/i.test(textOf(h3)));
  const date = heading ? parseDayMonthYear(textOf(heading)) : undefined;
  return { drafts, problems, page: date ? { date } : {} };
}

function readItem(term: Element, details: Element | undefined): Draft | undefined {
  const idLink = term.querySelector('a[title="Abstract"]') ?? term.querySelector('a[href*="/abs/"]');
  const ref = parseArxivId(textOf(idLink)) ?? parseArxivId(idLink?.getAttribute('href') ?? '');
  if (!ref) return undefined;
  const meta = details?.querySelector('.meta') ?? details;
  const parts = metaParts(meta);
  const authors = Array.from(parts.authors?.querySelectorAll('a') ?? []).map(textOf).filter(Boolean);
  const pdfLink = term.querySelector('a[title="Download PDF"]');
  return {
    arxivId: ref.id,
    version: ref.version,
    title: textWithoutDescriptor(parts.title),
    abstract: parts.abstract ? textOf(parts.abstract) : undefined,
    authors,
    authorCount: authors.length || undefined,
    arxivComment: textWithoutDescriptor(parts.comments),
    categories: categoriesIn(textWithoutDescriptor(parts.subjects)),
    url: arxivAbsUrl(ref.id),
    pdfUrl: pdfLink ? arxivPdfUrl(ref.id) : undefined,
  };
}

interface MetaParts {
  title?: Element;
  authors?: Element;
  comments?: Element;
  subjects?: Element;
  abstract?: Element;
}

/** The blocks of an item's metadata, in one pass over its children (a listing has thousands of items). */
function metaParts(meta: Element | null | undefined): MetaParts {
  const parts: MetaParts = {};
  for (const child of Array.from(meta?.children ?? [])) {
    const classes = child.classList;
    if (classes.contains('list-title')) parts.title = child;
    else if (classes.contains('list-authors')) parts.authors = child;
    else if (classes.contains('list-comments')) parts.comments = child;
    else if (classes.contains('list-subjects')) parts.subjects = child;
    else if (child.tagName === 'P' && (!parts.abstract || classes.contains('mathjax'))) parts.abstract = child;
  }
  return parts;
}

function nextElement(element: Element, tagName: string): Element | undefined {
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.tagName === tagName) return next;
    if (next.tagName === element.tagName) return undefined;
  }
  return undefined;
}
