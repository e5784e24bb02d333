/**
 * What a BibTeX entry says of a paper, as Paperdex fields. The arXiv id is looked for where the common
 * exporters put it: `eprint` (arXiv's own export, biblatex), the URL, the arXiv DOI (Zotero), or
 * `journal = {arXiv preprint arXiv:…}` (Google Scholar).
 */
import { arxivAbsUrl, arxivKey, findArxivIds, parseArxivId, type ArxivRef } from '../arxiv-id.js';
import { paperKey } from '../paper-key.js';
import { normaliseTags } from '../validate-entry.js';
import type { BibEntry } from './bibtex-parse.js';
import { readNames } from './bibtex-names.js';
import type { PaperDraft } from './imported-paper.js';
import { texToUnicode } from './tex-to-unicode.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Notes that reference managers write for arXiv papers themselves (Zotero: `arXiv:2311.12424 [cs]`),
 * not the person's words.
 */
const BOILERPLATE = /^(?:arxiv:\s*\S+(?:\s*\[[^\]]*\])?|arxiv preprint\b.*|publisher:.*|version(?: number)?:? \d+)$/i;

/** The paper an entry describes; undefined when it has neither an arXiv id nor a title. */
export function paperDraftOf(entry: BibEntry): PaperDraft | undefined {
  const fields = entry.fields;
  const text = (name: string): string | undefined => {
    const value = fields.get(name);
    return value === undefined ? undefined : texToUnicode(value) || undefined;
  };
  const ref = arxivRefOf(fields);
  const title = text('title');
  const id = ref ? arxivKey(ref.id) : paperKey({ ...(title ? { title } : {}) });
  if (!id) return undefined;
  const draft: PaperDraft = { id };
  if (ref) draft.arxivId = ref.id;
  if (ref?.version) draft.version = ref.version;
  if (title) draft.title = title;
  // `and others` leaves the number of authors unknown: no count is claimed, so none overrules a real one.
  const authors = fields.has('author') ? readNames(fields.get('author')!).names : [];
  if (authors.length > 0) draft.authors = authors;
  const published = publishedOf(fields);
  if (published) draft.publishedAt = published;
  const abstract = text('abstract');
  if (abstract) draft.abstract = abstract;
  const url = verbatim(fields.get('url') ?? '');
  const doi = verbatim(fields.get('doi') ?? '');
  if (/^https?:\/\//i.test(url)) draft.url = url;
  else if (ref) draft.url = arxivAbsUrl(ref.id);
  else if (/^10\.\d+\//.test(doi)) draft.url = `https://doi.org/${doi}`;
  const category = text('primaryclass') ?? text('eprintclass');
  if (category && /^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z-]+)?$/.test(category)) draft.categories = [category];
  const keywords = text('keywords');
  if (keywords) draft.tags = normaliseTags(keywords.split(/[,;]/));
  Object.assign(draft, notesOf([text('note'), text('annote'), text('annotation')]));
  return draft;
}

function arxivRefOf(fields: Map<string, string>): ArxivRef | null {
  const archive = verbatim(fields.get('archiveprefix') ?? fields.get('eprinttype') ?? 'arxiv').toLowerCase();
  const eprint = fields.get('eprint');
  const fromEprint = eprint !== undefined && archive === 'arxiv' ? parseArxivId(verbatim(eprint)) : null;
  if (fromEprint) return fromEprint;
  for (const name of ['url', 'doi']) {
    const ref = parseArxivId(verbatim(fields.get(name) ?? ''));
    if (ref) return ref;
  }
  for (const name of ['journal', 'journaltitle', 'howpublished', 'note', 'eprint']) {
    const value = verbatim(fields.get(name) ?? '');
    const ref = findArxivIds(value)[0] ?? firstRef(value.match(/https?:\/\/[^\s,;]+/g) ?? []);
    if (ref) return ref;
  }
  return null;
}

function firstRef(urls: readonly string[]): ArxivRef | null {
  for (const url of urls) {
    const ref = parseArxivId(url);
    if (ref) return ref;
  }
  return null;
}

/** `date` (biblatex, `2023-11-21`), else `year` with `month` (a macro, a name or a number) and `day`. */
function publishedOf(fields: Map<string, string>): string | undefined {
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(verbatim(fields.get('date') ?? ''));
  const year = date?.[1] ?? /^\d{4}/.exec(texToUnicode(fields.get('year') ?? ''))?.[0];
  if (!year) return undefined;
  const monthText = date ? (date[2] ?? '') : texToUnicode(fields.get('month') ?? '').toLowerCase();
  const month = /^\d{1,2}$/.test(monthText) ? Number(monthText) : MONTHS.indexOf(monthText.slice(0, 3)) + 1;
  if (month < 1 || month > 12) return year;
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
  const day = Number(date ? date[3] : texToUnicode(fields.get('day') ?? ''));
  const days = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= days ? `${yearMonth}-${String(day).padStart(2, '0')}` : yearMonth;
}

/** The person's note from `note`/`annote`; arXiv's comment (`Comment: 19 pages`) kept as the paper's comment. */
function notesOf(texts: readonly (string | undefined)[]): { note?: string; arxivComment?: string } {
  const notes: string[] = [];
  let arxivComment: string | undefined;
  for (const text of texts) {
    if (!text || BOILERPLATE.test(text)) continue;
    const comment = /^comments?:\s*(.+)$/i.exec(text);
    if (comment) arxivComment ??= comment[1]!;
    else if (!notes.includes(text)) notes.push(text);
  }
  return { ...(notes.length > 0 ? { note: notes.join('\n\n') } : {}), ...(arxivComment ? { arxivComment } : {}) };
}

/** A verbatim field (URL, DOI, eprint): braces, `\url` and escapes removed. */
function verbatim(value: string): string {
  return value
    .replace(/\\(?:url|href)\b/g, '')
    .replace(/\\([_%&#$~])/g, '$1')
    .replace(/[{}]/g, '')
    .trim();
}
