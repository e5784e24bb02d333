/** An arXiv abstract page, `/abs/<id>`: the citation meta tags, else the visible page. */
import { arxivAbsUrl, arxivPdfUrl, parseArxivId, type ArxivRef } from '../arxiv-id.js';
import { isoDay, parseDayMonthYear } from '../dates.js';
import type { Draft, PageKind } from '../entry.js';
import { collapseWhitespace } from '../text.js';
import { categoriesIn } from './arxiv-categories.js';
import { metaContent, metaContents, textOf, textWithoutDescriptor } from './dom-read.js';
import type { PageParser, ParseInput, Reading } from './types.js';

export const arxivAbs: PageParser = {
  id: 'arxiv-abs',
  label: 'arXiv abstract page',
  matches: ['https://arxiv.org/abs/*'],
  kindOf: (url) =>
    /^(www\.|export\.)?arxiv\.org$/.test(url.hostname) && url.pathname.startsWith('/abs/') ? 'arxiv-abs' : null,
  recognize: (doc) => (doc.querySelector('meta[name="citation_arxiv_id"]') ? 'arxiv-abs' : null),
  read: readArxivAbs,
};

function readArxivAbs(input: ParseInput, _kind: PageKind): Reading {
  const doc = input.document;
  if (!doc) return { drafts: [], problems: ['there is no page to read'] };
  const ref = pageRef(doc, input.url);
  const visibleAuthors = Array.from(doc.querySelectorAll('div.authors a')).map(textOf).filter(Boolean);
  const authors = visibleAuthors.length > 0 ? visibleAuthors : metaContents(doc, 'citation_author').map(firstLast);
  const title = metaContent(doc, 'citation_title') || textWithoutDescriptor(doc.querySelector('h1.title'));
  if (!ref && !title) return { drafts: [], problems: ['the page names no paper'] };
  const abstract =
    metaContent(doc, 'citation_abstract') || textWithoutDescriptor(doc.querySelector('blockquote.abstract'));
  const draft: Draft = {
    arxivId: ref?.id,
    version: ref?.version,
    title,
    abstract,
    authors,
    authorCount: authors.length || undefined,
    publishedAt: isoDay(metaContent(doc, 'citation_date')) ?? parseDayMonthYear(textOf(doc.querySelector('.dateline'))),
    arxivComment: textOf(doc.querySelector('td.comments')),
    categories: categoriesIn(textOf(doc.querySelector('td.subjects'))),
    url: ref ? arxivAbsUrl(ref.id) : undefined,
    pdfUrl: ref ? arxivPdfUrl(ref.id) : metaContent(doc, 'citation_pdf_url'),
  };
  return { drafts: [draft], problems: [] };
}

/** The paper's id, with the version the page shows: from the URL, else "for this version", else history. */
function pageRef(doc: Document, pageUrl: string): ArxivRef | undefined {
  const fromUrl = parseArxivId(pageUrl);
  const id = fromUrl?.id ?? parseArxivId(metaContent(doc, 'citation_arxiv_id'))?.id;
  if (!id) return undefined;
  if (fromUrl?.version) return fromUrl;
  const thisVersion = parseArxivId(textOf(doc.querySelector('.arxividv a')));
  if (thisVersion?.id === id && thisVersion.version) return thisVersion;
  const history = Array.from(doc.querySelectorAll('.submission-history strong'))
    .map((strong) => /^\[(v\d+)\]$/.exec(textOf(strong))?.[1])
    .filter(Boolean);
  const latest = history.at(-1);
  return latest ? { id, version: latest } : { id };
}

/** `Yang, Liu` → `Liu Yang`. */
function firstLast(name: string): string {
  const comma = name.indexOf(',');
  if (comma < 0) return name;
  return collapseWhitespace(`${name.slice(comma + 1)} ${name.slice(0, comma)}`);
}
