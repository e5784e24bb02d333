/** Turns parser drafts into entries: canonical ids, sources, one entry per paper. */
import type { Draft, Entry } from '../entry.js';
import { paperKey } from '../paper-key.js';
import { validateEntry } from '../validate-entry.js';
import type { PageInfo } from './types.js';

export interface Finished {
  entries: Entry[];
  problems: string[];
}

/** Assigns ids and sources in page order; merges repeated papers; drops drafts with neither id nor title. */
export function finishDrafts(drafts: readonly Draft[], page: PageInfo, now: Date): Finished {
  const byId = new Map<string, Entry>();
  const capturedAt = now.toISOString();
  let unnamed = 0;
  for (const found of drafts) {
    const draft = acceptedFields(found);
    const id = paperKey(draft);
    if (!id) {
      unnamed++;
      continue;
    }
    const seen = byId.get(id);
    if (seen) {
      fillMissing(seen, compact(draft));
      continue;
    }
    // One object per entry, built in place: large pages make thousands.
    const entry = { id } as Entry;
    copyPresent(draft, entry as unknown as Record<string, unknown>);
    entry.source = { site: page.site, pageUrl: page.url, pageKind: page.kind, position: byId.size + 1, capturedAt };
    byId.set(id, entry);
  }
  const skipped =
    unnamed === 1
      ? '1 record had neither a title nor an arXiv id and was skipped'
      : `${unnamed} records had neither a title nor an arXiv id and were skipped`;
  const problems = unnamed > 0 ? [skipped] : [];
  return { entries: [...byId.values()], problems };
}

/** An id and a source to check a draft's own fields with the checks for entries. */
const PROBE = {
  id: 'title:0',
  source: { site: '', pageUrl: '', pageKind: 'text', position: 1, capturedAt: 'now' },
} as const;

/**
 * The draft without the fields the background's checks refuse — a "title" of 100,000 characters from a page
 * with a giant line, a negative count — so one unreadable field costs that field, not the whole capture.
 */
function acceptedFields(draft: Draft): Draft {
  if (!mayBeRefused(draft) || validateEntry({ ...draft, ...PROBE })) return draft;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (validateEntry({ [key]: value, ...PROBE })) fields[key] = value;
  }
  return fields as Draft;
}

/** A cheap first look: the checks refuse only long text (over 100,000 characters) and negative counts. */
function mayBeRefused(draft: Draft): boolean {
  for (const key in draft) {
    const value = (draft as Record<string, unknown>)[key];
    if (typeof value === 'string' ? value.length > 100_000 : typeof value === 'number' && value < 0) return true;
  }
  return false;
}

/** Removes absent, empty and non-finite fields, so an entry holds only what the page gave. */
export function compact(draft: Draft): Draft {
  const out: Record<string, unknown> = {};
  copyPresent(draft, out);
  return out as Draft;
}

function copyPresent(draft: Draft, out: Record<string, unknown>): void {
  for (const key in draft) {
    const value = (draft as Record<string, unknown>)[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
}

function fillMissing(target: Entry, fields: Draft): void {
  const record = target as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (record[key] === undefined) record[key] = value;
  }
}
