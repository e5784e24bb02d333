/**
 * The messages between the extension's parts, as one typed map (message → payload → response), and the
 * checks every payload passes on arrival. The background is the only writer; everything else asks it.
 */
import type { Entry } from './entry.js';
import { asArray, asNumber, asRecord, asString } from './json-read.js';
import { validatePaper, validateSighting } from './library-file.js';
import { isPageKind, normaliseTags, stringArray, validateEntry } from './validate-entry.js';
import type { Paper, PaperMark, Sighting } from './paper.js';
import type { PageInfo } from './parsers/types.js';

export interface PaperPatch {
  id: string;
  bookmarked?: boolean;
  read?: boolean;
  tags?: string[];
  note?: string;
}

/** A change to many papers at once (the library page's bulk actions). */
export interface PapersEdit {
  ids: string[];
  read?: boolean;
  bookmarked?: boolean;
  addTags?: string[];
  removeTags?: string[];
}

export interface BackupReport {
  /** The file written, relative to the downloads folder. */
  filename: string;
  papers: number;
  /** Older backups removed to keep the last N. */
  removed: number;
}

export interface CaptureReport {
  /** `saved`, or `paused` when capture is paused for the page's site (nothing was stored). */
  status: 'saved' | 'paused';
  added: number;
  updated: number;
  marks: PaperMark[];
}

export interface ImportReport {
  /** Papers new to the library. */
  added: number;
  /** Papers already there, merged (their state combined, nothing lost). */
  merged: number;
  sightings: number;
}

export interface SaveTextReport {
  found: number;
  added: number;
  problems: string[];
}

/** Requests to the background, from the content script and the extension's pages. */
export interface Messages {
  /** Papers read from the page the content script runs in. `newView` starts the page's badge count afresh. */
  capture: { payload: { page: PageInfo; entries: Entry[]; newView: boolean }; response: CaptureReport };
  /** The marks of papers the page shows. */
  marks: { payload: { ids: string[] }; response: PaperMark[] };
  /** The person changed a paper (bookmark, read, tags, note). */
  'paper/update': { payload: PaperPatch; response: PaperMark | null };
  /** Mark all these papers as read. */
  'papers/mark-read': { payload: { ids: string[] }; response: number };
  /** "Save papers on this page": read a tab's text with the generic parser and save what it finds. */
  'page/save-text': { payload: { tabId: number }; response: SaveTextReport };
  /** Make sure the search index is stored (built from the library if missing); answers its size. */
  'index/ensure': { payload: Record<string, never>; response: number };
  /** Records read from a library file (in parts, for large libraries). */
  'library/import': { payload: { papers: Paper[]; sightings: Sighting[] }; response: ImportReport };
  /** Bookmark, read state or tags of many papers; answers how many changed. */
  'papers/edit': { payload: PapersEdit; response: number };
  /** Deletes papers (kept in the trash, so they can be restored); answers how many. */
  'papers/delete': { payload: { ids: string[] }; response: number };
  /** Brings deleted papers back from the trash; answers how many. */
  'papers/restore': { payload: { ids: string[] }; response: number };
  /** Renames a tag on every paper; renaming to an existing tag merges the two. Answers papers changed. */
  'tags/rename': { payload: { from: string; to: string }; response: number };
  /** Removes a tag from every paper; answers papers changed. */
  'tags/delete': { payload: { tag: string }; response: number };
  /** An extension page wrote to the library itself (an import, in one transaction): follow it up. */
  'library/written': { payload: { ids: string[]; removed: string[] }; response: null };
  /** Writes a backup of the library to the downloads folder now. */
  'backup/run': { payload: Record<string, never>; response: BackupReport };
}

/** Sent by the background to content scripts when papers change anywhere. */
export interface Broadcasts {
  'marks/changed': { marks: PaperMark[]; removed: string[] };
}

export type MessageType = keyof Messages;

/** A response as it travels: the value, or an error a person can read. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: Messages[K]['payload'];
}

/** Checks an incoming message; returns it typed, or an error describing what is wrong. */
export function validateMessage(raw: unknown): { message: Envelope } | { error: string } {
  const record = asRecord(raw);
  const type = asString(record?.['type']);
  // Own keys only: `constructor`, `__proto__` and the like are in every object, but are no message. The rest
  // of the message is not written into the error: a structured clone (Firefox) may hold cycles or BigInts.
  if (!record || !type || !Object.hasOwn(VALIDATORS, type)) {
    return { error: `unknown message ${type !== undefined ? JSON.stringify(type) : 'without a type'}` };
  }
  const payload = VALIDATORS[type as MessageType](record['payload']);
  if (payload === undefined) return { error: `malformed ${type} message` };
  return { message: { type: type as MessageType, payload } as Envelope };
}

const VALIDATORS: { [K in MessageType]: (value: unknown) => Messages[K]['payload'] | undefined } = {
  capture: (value) => {
    const record = asRecord(value);
    const page = validatePage(record?.['page']);
    const rawEntries = asArray(record?.['entries']);
    if (!record || !page || !rawEntries || typeof record['newView'] !== 'boolean') return undefined;
    const entries = rawEntries.map(validateEntry);
    if (entries.some((entry) => entry === undefined)) return undefined;
    return { page, entries: entries as Entry[], newView: record['newView'] };
  },
  marks: (value) => {
    const ids = stringArray(asRecord(value)?.['ids']);
    return ids ? { ids } : undefined;
  },
  'paper/update': (value) => {
    const record = asRecord(value);
    const id = asString(record?.['id']);
    if (!record || !id) return undefined;
    const patch: PaperPatch = { id };
    for (const key of ['bookmarked', 'read'] as const) {
      if (record[key] === undefined) continue;
      if (typeof record[key] !== 'boolean') return undefined;
      patch[key] = record[key];
    }
    if (record['tags'] !== undefined) {
      const tags = stringArray(record['tags']);
      if (!tags) return undefined;
      patch.tags = normaliseTags(tags);
    }
    if (record['note'] !== undefined) {
      const note = asString(record['note']);
      if (note === undefined || note.length > 20_000) return undefined;
      patch.note = note;
    }
    return patch;
  },
  'papers/mark-read': (value) => {
    const ids = stringArray(asRecord(value)?.['ids']);
    return ids ? { ids } : undefined;
  },
  'page/save-text': (value) => {
    const tabId = asNumber(asRecord(value)?.['tabId']);
    return tabId !== undefined && Number.isInteger(tabId) ? { tabId } : undefined;
  },
  'index/ensure': (value) => (asRecord(value) ? {} : undefined),
  'papers/edit': (value) => {
    const record = asRecord(value);
    const ids = stringArray(record?.['ids']);
    if (!record || !ids) return undefined;
    const edit: PapersEdit = { ids };
    for (const key of ['bookmarked', 'read'] as const) {
      if (record[key] === undefined) continue;
      if (typeof record[key] !== 'boolean') return undefined;
      edit[key] = record[key];
    }
    for (const key of ['addTags', 'removeTags'] as const) {
      if (record[key] === undefined) continue;
      const tags = stringArray(record[key]);
      if (!tags) return undefined;
      edit[key] = normaliseTags(tags);
    }
    return edit;
  },
  'papers/delete': (value) => {
    const ids = stringArray(asRecord(value)?.['ids']);
    return ids ? { ids } : undefined;
  },
  'papers/restore': (value) => {
    const ids = stringArray(asRecord(value)?.['ids']);
    return ids ? { ids } : undefined;
  },
  'tags/rename': (value) => {
    const record = asRecord(value);
    const [from] = normaliseTags([asString(record?.['from']) ?? '']);
    const [to] = normaliseTags([asString(record?.['to']) ?? '']);
    return from && to ? { from, to } : undefined;
  },
  'tags/delete': (value) => {
    const [tag] = normaliseTags([asString(asRecord(value)?.['tag']) ?? '']);
    return tag ? { tag } : undefined;
  },
  'library/written': (value) => {
    const record = asRecord(value);
    const ids = stringArray(record?.['ids']);
    const removed = stringArray(record?.['removed']);
    return ids && removed ? { ids, removed } : undefined;
  },
  'backup/run': (value) => (asRecord(value) ? {} : undefined),
  'library/import': (value) => {
    const record = asRecord(value);
    const papers = asArray(record?.['papers'])?.map(validatePaper);
    const sightings = asArray(record?.['sightings'])?.map(validateSighting);
    if (!papers || !sightings || papers.includes(undefined) || sightings.includes(undefined)) return undefined;
    return { papers: papers as Paper[], sightings: sightings as Sighting[] };
  },
};

function validatePage(value: unknown): PageInfo | undefined {
  const record = asRecord(value);
  const kind = asString(record?.['kind']);
  const site = asString(record?.['site']);
  const url = asString(record?.['url']);
  if (!record || !isPageKind(kind) || site === undefined || url === undefined) return undefined;
  const page: PageInfo = { kind, site, url };
  for (const key of ['date', 'period', 'query'] as const) {
    const text = asString(record[key]);
    if (text !== undefined) page[key] = text;
  }
  return page;
}
