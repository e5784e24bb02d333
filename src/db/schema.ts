/**
 * The one Dexie database, `paperdex`: its schema and every version, in one place. Each version is kept as
 * data — its stores, its upgrade if it has one, and why it exists — so the migration tests can build a
 * database exactly as any earlier version left it and open it with the current one.
 * Index only what is queried. IndexedDB cannot index booleans, so user state is kept as timestamps.
 */
import { Dexie, type DexieOptions, type Table, type Transaction } from 'dexie';
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

/** A deleted paper with its history, kept so the deletion can be undone. */
export interface TrashEntry {
  /** The paper's id. */
  id: string;
  paper: Paper;
  sightings: Sighting[];
  deletedAt: number;
}

/** One version of the schema: the stores it adds or changes (Dexie keeps the rest), and its data upgrade. */
export interface SchemaVersion {
  version: number;
  /** Dexie's store syntax; only the tables this version adds or changes. */
  stores: Record<string, string | null>;
  /** Transforms stored data; only where a version needs it. */
  upgrade?: (tx: Transaction) => Promise<void>;
  /** When and why. */
  note: string;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  // Papers: by id (`arxiv:<id>` or `title:<hash>`, so the arXiv id needs no index of its own), by title key
  // (a title-only capture finds its arXiv paper) and by last sighting (the popup's list before the search
  // index exists). Filtering by bookmark, read state, tags and year is the search index's job: indexing them
  // here too cost a third more time per capture and nothing queried them.
  // Sightings: by paper (its history) and by page (the current tab's papers). Blobs: the search index.
  // Pending: the index's backlog, in order.
  {
    version: 1,
    note: '2026-11: papers, sightings, the stored search index and its backlog.',
    stores: {
      papers: 'id, titleKey, lastSeenAt',
      sightings: 'key, paperId, pageUrl',
      blobs: 'key',
      pending: '++seq',
    },
  },
  // Papers by tag (multi-entry: one index key per tag): the library page renames, merges, deletes and counts
  // tags by reading only the papers that carry one, not all 100,000 records.
  // Trash: deleted papers with their sightings, by paper id, so a deletion can be undone even after the page
  // that made it closed; by deletion time, so entries past 30 days are found and purged.
  // No data upgrade: every v1 write path stores `tags` as an array (captures start it empty, edits and
  // imports normalise it), so the new index covers every paper as it is.
  {
    version: 2,
    note: '2026-11-29: papers by tag; a trash for deleted papers.',
    stores: {
      papers: 'id, titleKey, lastSeenAt, *tags',
      trash: 'id, deletedAt',
    },
  },
];

/** The version a new PaperdexDB opens at. */
export const CURRENT_VERSION = SCHEMA_VERSIONS.at(-1)!.version;

export interface PaperdexOptions extends DexieOptions {
  /**
   * Declare only the versions up to this one: the database as that version of Paperdex had it (for the
   * migration fixtures). Tables added later are then absent, whatever the class's types say.
   */
  upToVersion?: number;
}

export class PaperdexDB extends Dexie {
  papers!: Table<Paper, string>;
  sightings!: Table<Sighting, string>;
  blobs!: Table<StoredBlob, string>;
  pending!: Table<PendingChange, number>;
  trash!: Table<TrashEntry, string>;

  constructor(name = 'paperdex', { upToVersion = CURRENT_VERSION, ...options }: PaperdexOptions = {}) {
    super(name, options);
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > upToVersion) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

export const db = new PaperdexDB();
