/**
 * Papers as BibTeX that BibTeX, biblatex, Zotero and JabRef accept. arXiv papers are written the way arXiv's
 * own "Export BibTeX" writes them (`@misc` with `eprint`, `archivePrefix`, `primaryClass`), plus the arXiv
 * DOI, abstract, tags as `keywords` and the person's note; papers known only by title get what is known.
 */
import { arxivAbsUrl } from '../arxiv-id.js';
import type { Paper } from '../paper.js';
import { KeyMaker } from './bibtex-key.js';
import { texText, texUrl } from './tex-escape.js';
import { texAbstract, texTitle } from './tex-source.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function writeBibtex(papers: readonly Paper[]): string {
  const keys = new KeyMaker();
  return papers.map((paper) => entryOf(paper, keys)).join('\n\n') + (papers.length > 0 ? '\n' : '');
}

function entryOf(paper: Paper, keys: KeyMaker): string {
  const { year, month } = dateOf(paper);
  const key = keys.next({ firstAuthor: paper.authors?.[0], year, title: paper.title, arxivId: paper.arxivId });
  const fields: [string, string | undefined][] = [
    ['title', paper.title && texTitle(paper.title)],
    ['author', authorsOf(paper)],
    ['year', year],
    ['month', month],
    // biblatex and Zotero read the full day from `date`; BibTeX ignores the field.
    ['date', /^\d{4}-\d{2}-\d{2}$/.test(paper.publishedAt ?? '') ? paper.publishedAt : undefined],
  ];
  if (paper.arxivId) {
    fields.push(
      ['eprint', paper.arxivId],
      ['archivePrefix', 'arXiv'],
      ['primaryClass', paper.categories?.[0] && texText(paper.categories[0])],
      ['url', arxivAbsUrl(paper.arxivId)],
      ['doi', `10.48550/arXiv.${paper.arxivId}`],
    );
  } else {
    const url = paper.url && /^https?:\/\//i.test(paper.url) ? paper.url : undefined;
    fields.push(['url', url && texUrl(url)], ['howpublished', siteOf(paper, url)]);
  }
  fields.push(
    ['abstract', paper.abstract && texAbstract(paper.abstract)],
    ['keywords', paper.tags.length > 0 ? texText(paper.tags.join(', ')) : undefined],
    ['note', paper.note.trim() ? texText(paper.note) : undefined],
  );
  const body = fields
    .filter((field): field is [string, string] => Boolean(field[1]))
    // Month macros (`nov`) are written bare, as BibTeX styles expect, so they can print the month's name.
    .map(([name, value]) => `  ${name} = ${name === 'month' ? value : `{${value}}`},`);
  return `@misc{${key},\n${body.join('\n')}\n}`;
}

/**
 * `A and B and others` when the page showed fewer names than the paper has. A name with a comma or the
 * word "and" in it is braced so it stays one name; otherwise BibTeX splits "First Last" itself.
 */
function authorsOf(paper: Paper): string | undefined {
  const names = (paper.authors ?? []).map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (names.length === 0) return undefined;
  const written = names.map((name) => {
    const text = texText(name);
    return /,|\band\b|^others$/i.test(name) ? `{${text}}` : text;
  });
  if ((paper.authorCount ?? 0) > names.length) written.push('others');
  return written.join(' and ');
}

/** Year and month from the publication date, else from a new-style arXiv id (`2311.…` is November 2023). */
function dateOf(paper: Paper): { year?: string; month?: string } {
  const published = /^(\d{4})(?:-(\d{2}))?/.exec(paper.publishedAt ?? '');
  if (published) return { year: published[1]!, month: MONTHS[Number(published[2]) - 1] };
  const id = /^(\d{2})(\d{2})\.|\/(\d{2})(\d{2})\d{3}$/.exec(paper.arxivId ?? '');
  if (!id) return {};
  const yy = Number(id[1] ?? id[3]);
  return { year: String(yy < 91 ? 2000 + yy : 1900 + yy), month: MONTHS[Number(id[2] ?? id[4]) - 1] };
}

/** Where a paper known only by title was seen, for styles that print `howpublished` but not `url`. */
function siteOf(paper: Paper, url: string | undefined): string | undefined {
  const site = paper.sites[0] ?? (url ? /^https?:\/\/([^/?#]+)/i.exec(url)?.[1] : undefined);
  return site ? texText(site) : undefined;
}
