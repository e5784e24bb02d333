/** Checks for entries and tags arriving from outside (messages, library files): the right types, or nothing. */
import { PAGE_KINDS, type Entry, type PageKind } from './entry.js';
import { asArray, asNumber, asRecord, asString, type JsonRecord } from './json-read.js';
import { httpUrl } from './safe-url.js';

/** Tags as people type them: trimmed, lower case, `#` and inner spaces folded, no duplicates or blanks. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out = tags.map((tag) => tag.trim().replace(/^#+/, '').replace(/\s+/g, '-').toLowerCase()).filter(Boolean);
  return [...new Set(out)].slice(0, 50);
}

const STRING_FIELDS = [
  'arxivId', 'version', 'title', 'abstract', 'publishedAt', 'arxivComment', 'aiSummary',
  'githubUrl', 'projectUrl', 'url', 'pdfUrl',
] as const;
/** Links are kept only when they are http(s): a page's `javascript:` or `data:` link is dropped, not refused. */
const URL_FIELDS: ReadonlySet<string> = new Set(['githubUrl', 'projectUrl', 'url', 'pdfUrl']);
/** Abstracts and summaries are stored whole; some pages carry very long ones (100 KB and more). */
const LONG_FIELDS: ReadonlySet<string> = new Set(['abstract', 'aiSummary']);
const COUNT_FIELDS = ['authorCount', 'upvotes', 'commentCount'] as const;

/** An entry from an untrusted source: every field of the right type, or undefined. */
export function validateEntry(value: unknown): Entry | undefined {
  const record = asRecord(value);
  const id = asString(record?.['id']);
  const source = asRecord(record?.['source']);
  if (!record || !id || !/^(arxiv|title):\S+$/.test(id) || !source) return undefined;
  const kind = asString(source['pageKind']);
  const position = asNumber(source['position']);
  const capturedAt = asString(source['capturedAt']);
  const site = asString(source['site']);
  const pageUrl = asString(source['pageUrl']);
  if (!isPageKind(kind) || position === undefined || !capturedAt || site === undefined || pageUrl === undefined) {
    return undefined;
  }
  const entry: Entry = { id, source: { site, pageUrl, pageKind: kind, position, capturedAt } };
  if (!copyFields(record, entry)) return undefined;
  return entry;
}

function copyFields(record: JsonRecord, entry: Entry): boolean {
  for (const key of STRING_FIELDS) {
    if (record[key] === undefined) continue;
    const text = asString(record[key]);
    if (text === undefined || text.length > (LONG_FIELDS.has(key) ? 1_000_000 : 100_000)) return false;
    const value = URL_FIELDS.has(key) ? httpUrl(text) : text;
    if (value !== undefined) entry[key] = value;
  }
  for (const key of COUNT_FIELDS) {
    if (record[key] === undefined) continue;
    const count = asNumber(record[key]);
    if (count === undefined || count < 0) return false;
    entry[key] = count;
  }
  for (const key of ['authors', 'categories'] as const) {
    if (record[key] === undefined) continue;
    const list = stringArray(record[key]);
    if (!list) return false;
    entry[key] = list;
  }
  return true;
}

export function stringArray(value: unknown): string[] | undefined {
  const list = asArray(value);
  return list && list.every((item) => typeof item === 'string') ? (list as string[]) : undefined;
}

export function isPageKind(value: string | undefined): value is PageKind {
  return value !== undefined && (PAGE_KINDS as readonly string[]).includes(value);
}
