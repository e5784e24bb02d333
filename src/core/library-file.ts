/**
 * The library as a file: what "Export library" writes and "Import" reads. Reading checks every record and
 * keeps only well-formed ones; a file that is not a Paperdex library is refused whole, with the reason.
 */
import { asArray, asNumber, asRecord, asString, type JsonRecord } from './json-read.js';
import { isPageKind, normaliseTags, stringArray, validateEntry } from './validate-entry.js';
import type { Paper, SeenOn, Sighting } from './paper.js';

export const LIBRARY_FORMAT = 'paperdex-library';
export const LIBRARY_VERSION = 1;

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_VERSION;
  exportedAt: string;
  papers: Paper[];
  sightings: Sighting[];
}

export type LibraryReading =
  | { ok: true; papers: Paper[]; sightings: Sighting[]; skipped: string[] }
  | { ok: false; error: string };

export function writeLibraryFile(papers: readonly Paper[], sightings: readonly Sighting[], now: Date): string {
  const file: LibraryFile = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    exportedAt: now.toISOString(),
    papers: [...papers],
    sightings: [...sightings],
  };
  return JSON.stringify(file);
}

export function readLibraryFile(text: string): LibraryReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON (is it complete?). Nothing was imported.' };
  }
  const file = asRecord(json);
  if (file?.['format'] !== LIBRARY_FORMAT) {
    return { ok: false, error: 'The file is not a Paperdex library export. Nothing was imported.' };
  }
  const version = asNumber(file['version']);
  if (version === undefined || version > LIBRARY_VERSION) {
    return { ok: false, error: `The file was written by a newer Paperdex (format ${shownVersion(file['version'])}). Nothing was imported.` };
  }
  const rawPapers = asArray(file['papers']);
  const rawSightings = asArray(file['sightings']) ?? [];
  if (!rawPapers) return { ok: false, error: 'The file has no list of papers. Nothing was imported.' };
  const papers = rawPapers.map(validatePaper).filter((paper): paper is Paper => paper !== undefined);
  const sightings = rawSightings.map(validateSighting).filter((sighting): sighting is Sighting => sighting !== undefined);
  const skipped: string[] = [];
  if (papers.length < rawPapers.length) skipped.push(count(rawPapers.length - papers.length, 'paper'));
  if (sightings.length < rawSightings.length) skipped.push(count(rawSightings.length - sightings.length, 'sighting'));
  return { ok: true, papers, sightings, skipped };
}

/**
 * A file's format version as an error shows it: a number or text as written, else the kind of value. Never
 * String() of an object: `{"toString": 1}` makes that throw.
 */
export function shownVersion(value: unknown): string {
  return typeof value === 'number' || typeof value === 'string' ? String(value).slice(0, 40) : value === null ? 'null' : typeof value;
}

/** A library paper from an untrusted source, every field checked; undefined when it is not one. */
export function validatePaper(value: unknown): Paper | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  const firstSeenAt = asNumber(record['firstSeenAt']);
  const lastSeenAt = asNumber(record['lastSeenAt']);
  const sites = stringArray(record['sites']);
  const tags = stringArray(record['tags']);
  const note = record['note'] === undefined ? '' : asString(record['note']);
  if (firstSeenAt === undefined || lastSeenAt === undefined || !sites || !tags || note === undefined) return undefined;
  // The descriptive fields are an entry's: check them as one.
  const entry = validateEntry({
    ...pick(record, ENTRY_FIELDS),
    source: { site: '', pageUrl: '', pageKind: 'text', position: 1, capturedAt: 'file' },
  });
  if (!entry) return undefined;
  const { source: _source, ...fields } = entry;
  const paper: Paper = {
    ...fields,
    sites,
    firstSeenAt,
    lastSeenAt,
    updatedAt: asNumber(record['updatedAt']) ?? lastSeenAt,
    tags: storedTags(tags),
    note,
  };
  const titleKey = asString(record['titleKey']);
  if (titleKey && /^title:[0-9a-f]{16}$/.test(titleKey)) paper.titleKey = titleKey;
  for (const key of ['bookmarkedAt', 'readAt'] as const) {
    const time = asNumber(record[key]);
    if (time !== undefined) paper[key] = time;
  }
  const seenOn = validateSeenOn(record['seenOn']);
  if (seenOn) paper.seenOn = seenOn;
  return paper;
}

export function validateSighting(value: unknown): Sighting | undefined {
  const record = asRecord(value);
  const seen = validateSeenOn(value);
  const key = asString(record?.['key']);
  const paperId = asString(record?.['paperId']);
  const position = asNumber(record?.['position']);
  const seenAt = asNumber(record?.['seenAt']);
  if (!record || !seen || !key || !paperId || !/^(arxiv|title):\S+$/.test(paperId)) return undefined;
  if (position === undefined || seenAt === undefined) return undefined;
  const sighting: Sighting = { key, paperId, position, seenAt, ...seen };
  for (const field of ['upvotes', 'commentCount'] as const) {
    const number = asNumber(record[field]);
    if (number !== undefined) sighting[field] = number;
  }
  return sighting;
}

function validateSeenOn(value: unknown): SeenOn | undefined {
  const record = asRecord(value);
  const pageKind = asString(record?.['pageKind']);
  const site = asString(record?.['site']);
  const pageUrl = asString(record?.['pageUrl']);
  if (!record || !isPageKind(pageKind) || site === undefined || pageUrl === undefined) return undefined;
  const seen: SeenOn = { pageKind, site, pageUrl };
  for (const field of ['date', 'period', 'query'] as const) {
    const text = asString(record[field]);
    if (text !== undefined) seen[field] = text;
  }
  return seen;
}

const ENTRY_FIELDS = [
  'id', 'arxivId', 'version', 'title', 'abstract', 'authors', 'authorCount', 'publishedAt', 'upvotes',
  'commentCount', 'arxivComment', 'aiSummary', 'githubUrl', 'projectUrl', 'url', 'pdfUrl', 'categories',
] as const;

function pick(record: JsonRecord, keys: readonly string[]): JsonRecord {
  const out: JsonRecord = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

/**
 * A paper's tags, each normalised as typed tags are, but all of them: the limit of 50 is on one edit, and a
 * paper gathers more through bulk edits and merged libraries, which an export must give back whole.
 */
function storedTags(tags: readonly string[]): string[] {
  return [...new Set(tags.flatMap((tag) => normaliseTags([tag])))];
}

function count(n: number, noun: string): string {
  return `${n} unreadable ${noun}${n === 1 ? '' : 's'} skipped`;
}
