/**
 * What one capture changes in the library, decided without touching storage: the storage layer loads the
 * papers involved, asks for the plan, and applies it in one transaction.
 */
import { dayOf } from './dates.js';
import type { Entry } from './entry.js';
import { mergeEntry, mergePapers, paperFromEntry } from './merge.js';
import type { Paper, PaperMark, SeenOn, Sighting } from './paper.js';
import { titleKey } from './paper-key.js';
import type { PageInfo } from './parsers/types.js';

export interface Capture {
  page: PageInfo;
  entries: Entry[];
}

/** The library papers a capture may touch: by id, and by normalised-title key. */
export interface KnownPapers {
  byId: Map<string, Paper>;
  byTitleKey: Map<string, Paper[]>;
}

export interface CapturePlan {
  /** Papers to write (new or merged). */
  put: Paper[];
  /** Title-only papers absorbed into the paper with their arXiv id. */
  absorbed: { from: string; into: string }[];
  sightings: Sighting[];
  /** Ids of papers new to the library. */
  added: string[];
  /** Ids of known papers that this capture changed. */
  updated: string[];
  /** One mark per entry, in page order, for the page to show. */
  marks: PaperMark[];
}

/**
 * The papers a capture needs loaded. `ids`: every entry's own. `titleIds`: for entries with an arXiv id and
 * a title, the id a title-only record of the same paper would have (a title-only paper's id is its title
 * key) — worth loading only where such records exist. `titleKeys`: for entries without an arXiv id, which
 * may belong to an arXiv paper of the same title.
 */
export function keysToLoad(entries: readonly Entry[]): { ids: string[]; titleIds: string[]; titleKeys: string[] } {
  const ids = new Set<string>();
  const titleIds = new Set<string>();
  const titleKeys = new Set<string>();
  for (const entry of entries) {
    ids.add(entry.id);
    if (!entry.title) continue;
    if (entry.arxivId) titleIds.add(titleKey(entry.title));
    else titleKeys.add(titleKey(entry.title));
  }
  return { ids: [...ids], titleIds: [...titleIds], titleKeys: [...titleKeys] };
}

export function planCapture(capture: Capture, known: KnownPapers, seenAt: number): CapturePlan {
  const working = new Map(known.byId);
  const byTitle = new Map([...known.byTitleKey].map(([key, papers]) => [key, [...papers]]));
  const existedBefore = new Set(known.byId.keys());
  const changed = new Map<string, Paper>();
  const absorbed: CapturePlan['absorbed'] = [];
  const sightings = new Map<string, Sighting>();
  const marks: PaperMark[] = [];

  const remember = (paper: Paper): void => {
    working.set(paper.id, paper);
    changed.set(paper.id, paper);
    if (paper.titleKey) {
      const list = (byTitle.get(paper.titleKey) ?? []).filter((other) => other.id !== paper.id);
      byTitle.set(paper.titleKey, [...list, paper]);
    }
  };
  const forget = (paper: Paper, into: string): void => {
    working.delete(paper.id);
    changed.delete(paper.id);
    if (paper.titleKey) byTitle.set(paper.titleKey, (byTitle.get(paper.titleKey) ?? []).filter((p) => p.id !== paper.id));
    absorbed.push({ from: paper.id, into });
    existedBefore.add(into);
  };

  for (const entry of capture.entries) {
    const key = entry.title ? titleKey(entry.title) : undefined;
    const sameTitle = key ? (byTitle.get(key) ?? []) : [];
    let paper: Paper;
    if (entry.arxivId) {
      const titleOnly = sameTitle.filter((candidate) => !candidate.arxivId);
      const target = working.get(entry.id) ?? titleOnly.shift();
      paper = target ? mergeEntry(target, entry, seenAt) : paperFromEntry(entry, seenAt);
      if (target && target.id !== paper.id) forget(target, paper.id);
      for (const other of titleOnly) {
        if (other.id === target?.id) continue;
        paper = mergePapers(paper, other);
        forget(other, paper.id);
      }
    } else {
      // A title alone: the paper with that title (preferring one whose arXiv id is known), or a new one.
      const target = sameTitle.find((candidate) => candidate.arxivId) ?? working.get(entry.id) ?? sameTitle[0];
      paper = target ? mergeEntry(target, { ...entry, id: target.id }, seenAt) : paperFromEntry(entry, seenAt);
    }
    const sighting = sightingOf(paper.id, entry, capture.page, seenAt);
    if (seenAt >= paper.lastSeenAt) paper = { ...paper, seenOn: seenOnOf(sighting) };
    remember(paper);
    sightings.set(sighting.key, sighting);
    marks.push({
      id: paper.id,
      seenBefore: existedBefore.has(paper.id),
      firstSeenAt: paper.firstSeenAt,
      ...(paper.bookmarkedAt !== undefined ? { bookmarkedAt: paper.bookmarkedAt } : {}),
      ...(paper.readAt !== undefined ? { readAt: paper.readAt } : {}),
    });
  }

  const put = [...changed.values()];
  return {
    put,
    absorbed,
    sightings: [...sightings.values()],
    added: put.filter((paper) => !existedBefore.has(paper.id)).map((paper) => paper.id),
    updated: put.filter((paper) => existedBefore.has(paper.id)).map((paper) => paper.id),
    marks,
  };
}

/** One sighting per paper, page and day: a reload the same day refreshes it rather than adding another. */
export function sightingKey(paperId: string, pageUrl: string, seenAt: number): string {
  return `${paperId} ${dayOf(new Date(seenAt))} ${pageUrl}`;
}

function seenOnOf({ pageKind, site, pageUrl, date, period, query }: Sighting): SeenOn {
  return { pageKind, site, pageUrl, ...(date ? { date } : {}), ...(period ? { period } : {}), ...(query ? { query } : {}) };
}

function sightingOf(paperId: string, entry: Entry, page: PageInfo, seenAt: number): Sighting {
  const sighting: Sighting = {
    key: sightingKey(paperId, page.url, seenAt),
    paperId,
    pageUrl: page.url,
    pageKind: page.kind,
    site: page.site,
    position: entry.source.position,
    seenAt,
  };
  if (page.date) sighting.date = page.date;
  if (page.period) sighting.period = page.period;
  if (page.query) sighting.query = page.query;
  if (entry.upvotes !== undefined) sighting.upvotes = entry.upvotes;
  if (entry.commentCount !== undefined) sighting.commentCount = entry.commentCount;
  return sighting;
}
