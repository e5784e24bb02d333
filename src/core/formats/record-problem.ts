/**
 * Why a record of a library file is not a paper or a sighting, in words a person can act on. The checks
 * themselves are library-file.ts's (validatePaper, validateSighting); this only names the first field that
 * fails them, in the same order, and falls back to a general reason for anything it does not name.
 */
import { PAGE_KINDS } from '../entry.js';
import { asRecord, type JsonRecord } from '../json-read.js';

/** The string and count fields an entry may carry, as validate-entry.ts checks them. */
const TEXT_FIELDS = [
  'arxivId', 'version', 'title', 'abstract', 'publishedAt', 'arxivComment', 'aiSummary', 'githubUrl', 'projectUrl',
  'url', 'pdfUrl',
] as const;
/** Abstracts and summaries may be long (some pages carry 100 KB and more); other text is short. */
const LONG_FIELDS: ReadonlySet<string> = new Set(['abstract', 'aiSummary']);
const COUNT_FIELDS = ['authorCount', 'upvotes', 'commentCount'] as const;
const ID = /^(arxiv|title):\S+$/;

export function paperProblem(value: unknown): string {
  const record = asRecord(value);
  if (!record) return 'not a paper record';
  return (
    number(record, 'firstSeenAt') ??
    number(record, 'lastSeenAt') ??
    textList(record, 'sites', true) ??
    textList(record, 'tags', true) ??
    (record['note'] !== undefined && typeof record['note'] !== 'string' ? 'note is not text' : undefined) ??
    id(record, 'id') ??
    TEXT_FIELDS.map((field) => text(record, field)).find(Boolean) ??
    COUNT_FIELDS.map((field) => count(record, field)).find(Boolean) ??
    textList(record, 'authors', false) ??
    textList(record, 'categories', false) ??
    'not a valid paper record'
  );
}

export function sightingProblem(value: unknown): string {
  const record = asRecord(value);
  if (!record) return 'not a sighting record';
  const kind = record['pageKind'];
  return (
    (typeof kind !== 'string' || !(PAGE_KINDS as readonly string[]).includes(kind) ? 'no known pageKind' : undefined) ??
    (typeof record['site'] !== 'string' ? 'no site' : undefined) ??
    (typeof record['pageUrl'] !== 'string' ? 'no pageUrl' : undefined) ??
    (typeof record['key'] !== 'string' || record['key'] === '' ? 'no key' : undefined) ??
    id(record, 'paperId') ??
    number(record, 'position') ??
    number(record, 'seenAt') ??
    'not a valid sighting record'
  );
}

function number(record: JsonRecord, field: string): string | undefined {
  const value = record[field];
  if (value === undefined) return `no ${field}`;
  return typeof value === 'number' && Number.isFinite(value) ? undefined : `${field} is not a number`;
}

function count(record: JsonRecord, field: string): string | undefined {
  const value = record[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${field} is not a number`;
  return value < 0 ? `${field} is negative` : undefined;
}

function text(record: JsonRecord, field: string): string | undefined {
  const value = record[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return `${field} is not text`;
  return value.length > (LONG_FIELDS.has(field) ? 1_000_000 : 100_000) ? `${field} is too long` : undefined;
}

function textList(record: JsonRecord, field: string, required: boolean): string | undefined {
  const value = record[field];
  if (value === undefined) return required ? `no ${field}` : undefined;
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? undefined : `${field} is not a list of text`;
}

function id(record: JsonRecord, field: string): string | undefined {
  const value = record[field];
  if (typeof value !== 'string') return `no ${field}`;
  return ID.test(value) ? undefined : `${field} "${value.slice(0, 40)}" is neither arxiv:… nor title:…`;
}
