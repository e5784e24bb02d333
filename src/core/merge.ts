/**
 * How what pages say of a paper accumulates. The same paper read from two pages is one paper: fields fill
 * in (a longer abstract, a full author list where there was a count, newer upvotes), and the person's own
 * state — bookmark, read, tags, note — is never touched by a capture.
 */
import { arxivKey } from './arxiv-id.js';
import type { Entry, PaperFields } from './entry.js';
import type { Paper, UserState } from './paper.js';
import { titleKey } from './paper-key.js';

/** A new library paper from its first entry. */
export function paperFromEntry(entry: Entry, seenAt: number): Paper {
  const { source, id, ...fields } = entry;
  return {
    ...fields,
    id,
    ...(entry.title ? { titleKey: titleKey(entry.title) } : {}),
    sites: source.site ? [source.site] : [],
    firstSeenAt: seenAt,
    lastSeenAt: seenAt,
    updatedAt: seenAt,
    tags: [],
    note: '',
  };
}

/** A library paper with a newly captured entry of the same paper merged in. */
export function mergeEntry(paper: Paper, entry: Entry, seenAt: number): Paper {
  const { source, id: _id, ...fields } = entry;
  const merged: Paper = {
    ...paper,
    ...mergeFields(paper, fields, seenAt >= paper.lastSeenAt),
    lastSeenAt: Math.max(paper.lastSeenAt, seenAt),
    firstSeenAt: Math.min(paper.firstSeenAt, seenAt),
    sites: source.site && !paper.sites.includes(source.site) ? [...paper.sites, source.site] : paper.sites,
    updatedAt: Math.max(paper.updatedAt, seenAt),
  };
  if (fields.arxivId && !paper.arxivId) merged.id = arxivKey(fields.arxivId);
  if (!merged.titleKey && merged.title) merged.titleKey = titleKey(merged.title);
  return merged;
}

/**
 * One paper from two records of it: a title-only record (read from page text) absorbed into the record
 * that has the arXiv id. Nothing the person did is lost: the earliest bookmark and read times, every tag,
 * both notes.
 */
export function mergePapers(into: Paper, from: Paper): Paper {
  const newer = from.lastSeenAt > into.lastSeenAt;
  return {
    ...into,
    ...mergeFields(into, fieldsOf(from), newer),
    id: into.id,
    sites: [...new Set([...into.sites, ...from.sites])],
    firstSeenAt: Math.min(into.firstSeenAt, from.firstSeenAt),
    lastSeenAt: Math.max(into.lastSeenAt, from.lastSeenAt),
    updatedAt: Math.max(into.updatedAt, from.updatedAt),
    ...mergeUserState(into, from),
    ...(newer && from.seenOn ? { seenOn: from.seenOn } : {}),
    ...(into.titleKey ?? from.titleKey ? { titleKey: into.titleKey ?? from.titleKey } : {}),
  };
}

/** The union of two people-states of one paper. */
export function mergeUserState(a: UserState, b: UserState): UserState {
  const notes = [a.note.trim(), b.note.trim()].filter(Boolean);
  return {
    ...earliest('bookmarkedAt', a.bookmarkedAt, b.bookmarkedAt),
    ...earliest('readAt', a.readAt, b.readAt),
    tags: [...new Set([...a.tags, ...b.tags])],
    note: notes[0] === notes[1] ? (notes[0] ?? '') : notes.join('\n\n'),
  };
}

/**
 * Field by field: counts that change over time (upvotes, comments) take the newer reading; descriptive
 * fields keep what is known and fill gaps, preferring the fuller text or list.
 */
function mergeFields(paper: PaperFields, incoming: PaperFields, incomingIsNewer: boolean): PaperFields {
  const out: PaperFields = {};
  out.title = paper.title ?? incoming.title;
  out.abstract = longer(paper.abstract, incoming.abstract);
  out.aiSummary = paper.aiSummary ?? incoming.aiSummary;
  out.arxivId = paper.arxivId ?? incoming.arxivId;
  out.version = laterVersion(paper.version, incoming.version);
  if ((incoming.authors?.length ?? 0) > (paper.authors?.length ?? 0)) out.authors = incoming.authors;
  else out.authors = paper.authors;
  out.authorCount = pick(paper.authorCount, incoming.authorCount, incomingIsNewer);
  out.publishedAt = paper.publishedAt ?? incoming.publishedAt;
  out.upvotes = pick(paper.upvotes, incoming.upvotes, incomingIsNewer);
  out.commentCount = pick(paper.commentCount, incoming.commentCount, incomingIsNewer);
  out.arxivComment = paper.arxivComment ?? incoming.arxivComment;
  out.githubUrl = paper.githubUrl ?? incoming.githubUrl;
  out.projectUrl = paper.projectUrl ?? incoming.projectUrl;
  out.url = paper.url ?? incoming.url;
  out.pdfUrl = paper.pdfUrl ?? incoming.pdfUrl;
  if ((incoming.categories?.length ?? 0) > (paper.categories?.length ?? 0)) out.categories = incoming.categories;
  else out.categories = paper.categories;
  for (const key of Object.keys(out) as (keyof PaperFields)[]) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

function fieldsOf(paper: Paper): PaperFields {
  const {
    id: _id,
    titleKey: _titleKey,
    sites: _sites,
    firstSeenAt: _first,
    lastSeenAt: _last,
    updatedAt: _updated,
    seenOn: _seenOn,
    bookmarkedAt: _bookmarked,
    readAt: _read,
    tags: _tags,
    note: _note,
    ...fields
  } = paper;
  return fields;
}

function longer(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.length > a.length ? b : a;
}

function pick<T>(current: T | undefined, incoming: T | undefined, incomingIsNewer: boolean): T | undefined {
  if (incoming === undefined) return current;
  if (current === undefined) return incoming;
  return incomingIsNewer ? incoming : current;
}

function laterVersion(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a ?? b;
  return Number(b.slice(1)) > Number(a.slice(1)) ? b : a;
}

function earliest<K extends string>(key: K, a: number | undefined, b: number | undefined): Partial<Record<K, number>> {
  const values = [a, b].filter((value): value is number => value !== undefined);
  return values.length > 0 ? ({ [key]: Math.min(...values) } as Record<K, number>) : {};
}
