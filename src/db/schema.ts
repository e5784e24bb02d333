/**
 * The one Dexie database, `paperdex`: its schema and every version, in one place.
 * Index only what is queried. IndexedDB cannot index booleans, so user state is kept as timestamps.
 */
import { Dexie, type Table } from 'dexie';
import type { Paper, Sighting } from '../core/paper.js';

/** Stored binary data: the persisted search index, rebuilt when missing. */
export interface StoredBlob {
  key: string;
  /** Large parts as a Blob (read two to three times faster than an array of the same bytes), small ones as bytes. */
  bytes: Uint8Array | Blob;
  updatedAt: number;
  /** For a part derived from another (the search index's delta): the `updatedAt` of the part it extends. */
  baseStamp?: number;
}

/**
 * Papers changed by a write that the search index does not reflect yet. Written in the write's own
 * transaction, so the index plus this backlog always describe the library exactly; the background folds
 * it into the index right after, and readers apply what is left.
 */
export interface PendingChange {
  seq?: number;
  /** Papers added or changed. */
  ids: string[];
  /** Papers gone (absorbed into another). */
  removed: string[];
  /** Only bookmark or read state changed: no text to index again. */
  flagsOnly: boolean;
}

export class PaperdexDB extends Dexie {
  papers!: Table<Paper, string>;
  sightings!: Table<Sighting, string>;
  blobs!: Table<StoredBlob, string>;
  pending!: Table<PendingChange, number>;

  constructor(name = 'paperdex') {
    super(name);
    // Version 1 (2026-11). Papers: by id (`arxiv:<id>` or `title:<hash>`, so the arXiv id needs no index of
    // its own), by title key (a title-only capture finds its arXiv paper) and by last sighting (the popup's
    // list before the search index exists). Filtering by bookmark, read state, tags and year is the search
    // index's job: indexing them here too cost a third more time per capture and nothing queried them.
    // Sightings: by paper (its history) and by page (the current tab's papers). Blobs: the search index.
    // Pending: the index's backlog, in order.
    this.version(1).stores({
      papers: 'id, titleKey, lastSeenAt',
      sightings: 'key, paperId, pageUrl',
      blobs: 'key',
      pending: '++seq',
    });
  }
}

export const db = new PaperdexDB();
