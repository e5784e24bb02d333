/** A paper in the library: what pages said of it, merged, plus the person's own state. */
import type { PageKind, PaperFields } from './entry.js';

/** The person's state on a paper. Captures never change it. Timestamps, not booleans, so they can be indexed. */
export interface UserState {
  bookmarkedAt?: number;
  readAt?: number;
  tags: string[];
  note: string;
}

export interface Paper extends PaperFields, UserState {
  /** `arxiv:<id>` or `title:<hash>`; see paper-key.ts. */
  id: string;
  /** The normalised-title key (`title:<hash>`), to recognise the paper when a page gives only its title. */
  titleKey?: string;
  /** Sites the paper was seen on (`huggingface.co`, `arxiv.org`, …). */
  sites: string[];
  firstSeenAt: number;
  lastSeenAt: number;
  /** Where the paper was last seen, to say so in lists without reading its sightings. */
  seenOn?: SeenOn;
  /** Last change of any kind, for sync and export. */
  updatedAt: number;
}

export type SeenOn = Pick<Sighting, 'pageKind' | 'site' | 'pageUrl' | 'date' | 'period' | 'query'>;

/** One time a paper was seen on a page: the history of where it appeared and how it was trending. */
export interface Sighting {
  /** `paperId day pageUrl`: one sighting per paper, page and day (see capture-plan.ts). */
  key: string;
  paperId: string;
  pageUrl: string;
  pageKind: PageKind;
  site: string;
  /** The digest's day, period or search query, when the page has one. */
  date?: string;
  period?: string;
  query?: string;
  position: number;
  upvotes?: number;
  commentCount?: number;
  seenAt: number;
}

/** What the page shows next to each paper: whether it is known, saved, read. */
export interface PaperMark {
  id: string;
  /** The paper was in the library before this page showed it. */
  seenBefore: boolean;
  firstSeenAt: number;
  bookmarkedAt?: number;
  readAt?: number;
}

export function markOf(paper: Paper, capturedAt?: number): PaperMark {
  return {
    id: paper.id,
    seenBefore: capturedAt === undefined ? true : paper.firstSeenAt < capturedAt,
    firstSeenAt: paper.firstSeenAt,
    ...(paper.bookmarkedAt !== undefined ? { bookmarkedAt: paper.bookmarkedAt } : {}),
    ...(paper.readAt !== undefined ? { readAt: paper.readAt } : {}),
  };
}
