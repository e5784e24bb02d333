/**
 * The one Dexie database, `paperdex`: its schema and every version, in one place.
 * Index only what is queried. IndexedDB cannot index booleans, so user state is kept as timestamps.
 */
import { Dexie, type Table } from 'dexie';
import type { Paper, Sighting } from '../core/paper.js';

/** A stored blob: the persisted search index and similar derived data, rebuilt when missing. */
export interface StoredBlob {
  key: string;
  bytes: Uint8Array;
  updatedAt: number;
  /** For a part derived from another (the search index's delta): the `updatedAt` of the part it extends. */
  baseStamp?: number;
}

export class PaperdexDB extends Dexie {
  papers!: Table<Paper, string>;
  sightings!: Table<Sighting, string>;
  blobs!: Table<StoredBlob, string>;

  constructor(name = 'paperdex') {
    super(name);
    // Version 1 (2026-11): papers by id, arXiv id, title key, times and tags; sightings by paper and page.
    this.version(1).stores({
      papers: 'id, arxivId, titleKey, firstSeenAt, lastSeenAt, bookmarkedAt, readAt, *tags',
      sightings: 'key, paperId, pageUrl',
      blobs: 'key',
    });
  }
}

export const db = new PaperdexDB();
