/** One Hugging Face paper page, `/papers/<arxiv id>`: the `PaperContent` JSON, else the DOM. */
import { arxivPdfUrl, parseArxivId } from '../arxiv-id.js';
import { parseShownDate } from '../dates.js';
import type { Draft, PageKind } from '../entry.js';
import { asArray, asRecord } from '../json-read.js';
import { collapseWhitespace, parseCount } from '../text.js';
import { readIslandProps, textOf } from './dom-read.js';
import { hfPaperDraft, HF_ORIGIN } from './hf-json.js';
import type { PageParser, ParseInput, Reading } from './types.js';

export const hfPaper: PageParser = {
  id: 'hf-paper',
  label: 'Hugging Face paper page',
  matches: ['https://huggingface.co/papers/*'],
  kindOf: (url) => (hfPaperPageId(url) ? 'hf-paper' : null),
  recognize: (doc) => (doc.querySelector('[data-target="PaperContent"]') ? 'hf-paper' : null),
  read: readHfPaper,
};

function hfPaperPageId(url: URL): string | undefined {
  if (url.hostname.replace(/^www\./, '') !== 'huggingface.co') return undefined;
  if (!/^\/papers\/[^/]+\/?$/.test(url.pathname) && !/^\/papers\/[a-z-]+\/\d{7}\/?$/i.test(url.pathname)) return undefined;
  return parseArxivId(url.href)?.id;
}

function readHfPaper(input: ParseInput, _kind: PageKind): Reading {
  const doc = input.document;
  if (!doc) return { drafts: [], problems: ['there is no page to read'] };
  const problems: string[] = [];
  const { props, problem } = readIslandProps(doc, 'PaperContent');
  if (problem) problems.push(problem);
  const content = asRecord(props);
  const fromJson = hfPaperDraft(asRecord(content?.['paper']));
  if (fromJson) {
    const comments = asArray(content?.['comments']);
    return { drafts: [{ ...fromJson, commentCount: comments?.length }], problems };
  }
  let pageId: string | undefined;
  try {
    pageId = hfPaperPageId(new URL(input.url));
  } catch {
    pageId = undefined;
  }
  const draft = readPaperDom(doc, pageId, input.now);
  if (!draft) problems.push('the paper page has no readable title');
  return { drafts: draft ? [draft] : [], problems };
}

/**
 * The first element whose own text (its text nodes, not its descendants') reads `text`. Comparing every
 * div's whole text instead costs the square of the nesting depth: seconds on a deeply nested page.
 */
function withOwnText(doc: Document, selector: string, text: string): Element | undefined {
  return Array.from(doc.querySelectorAll(selector)).find((element) => {
    let own = '';
    for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) own += node.textContent ?? '';
    return collapseWhitespace(own) === text;
  });
}

/** The paper as the page shows it, when the embedded JSON is missing. */
function readPaperDom(doc: Document, pageId: string | undefined, now: Date): Draft | undefined {
  const title = textOf(doc.querySelector('h1'));
  if (!title) return undefined;
  const arxivLink = doc.querySelector('a[href*="arxiv.org/abs/"]');
  const arxivId = pageId ?? parseArxivId(arxivLink?.getAttribute('href') ?? '')?.id;
  const authors = Array.from(doc.querySelectorAll('.author')).map(textOf).filter(Boolean);
  const heading = Array.from(doc.querySelectorAll('h2')).find((h2) => textOf(h2) === 'Abstract');
  const section = heading?.parentElement;
  const abstract = section ? Array.from(section.children).find((child) => child.tagName === 'P') : undefined;
  const label = withOwnText(doc, 'div, span', 'AI-generated summary')?.closest('div');
  const summary = label?.parentElement?.querySelector('p');
  const vote = doc.querySelector('[role="checkbox"]');
  let publishedAt: string | undefined;
  for (const element of Array.from(doc.querySelectorAll('div, span'))) {
    if (element.children.length > 0) continue;
    publishedAt = parseShownDate(textOf(element), now);
    if (publishedAt) break;
  }
  const github = doc.querySelector('a[href^="https://github.com/"]');
  return {
    arxivId,
    title,
    abstract: abstract ? textOf(abstract) : undefined,
    aiSummary: summary ? textOf(summary) : undefined,
    authors,
    authorCount: authors.length || undefined,
    publishedAt,
    upvotes: vote ? parseCount(/(\d[\d,.]*[kKmM]?|-)\s*$/.exec(textOf(vote))?.[1]) : undefined,
    commentCount: doc.querySelector('#community') ? doc.querySelectorAll('#community .comment').length : undefined,
    githubUrl: github?.getAttribute('href') ?? undefined,
    url: arxivId ? `${HF_ORIGIN}/papers/${arxivId}` : undefined,
    pdfUrl: arxivId ? arxivPdfUrl(arxivId) : undefined,
  };
}
