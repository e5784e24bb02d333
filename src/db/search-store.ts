/**
 * The persisted search index: a base and a delta, stored as two blobs read together in one transaction.
 * The background keeps them in step with the papers table (same transactions); the popup only reads.
 * The delta records which base it extends (`baseStamp`), so a reader that already holds the base (which
 * changes only on compaction) needs to read the small delta alone.
 */
import { searchDocOf } from '../core/paper-search-doc.js';
import type { Paper } from '../core/paper.js';
import { SearchIndex } from '../core/search/search-index.js';
import type { PaperdexDB, StoredBlob } from './schema.js';

export const INDEX_BASE = 'search-base';
export const INDEX_DELTA = 'search-delta';

/** A loaded index and the stamp of the base it was loaded from. */
export interface StoredIndex {
  index: SearchIndex;
  baseStamp: number;
}

/** Both parts, in one read. */
export async function readIndexBlobs(db: PaperdexDB): Promise<{ base: StoredBlob; delta: StoredBlob } | undefined> {
  const [base, delta] = await db.blobs.bulkGet([INDEX_BASE, INDEX_DELTA]);
  return base && delta ? { base, delta } : undefined;
}

/** Opens stored parts, or undefined when they cannot be read (the index is then rebuilt). */
export function openIndex(base: StoredBlob, delta: StoredBlob): StoredIndex | undefined {
  if (delta.baseStamp !== undefined && delta.baseStamp !== base.updatedAt) return undefined;
  try {
    return { index: SearchIndex.load({ base: base.bytes, delta: delta.bytes }), baseStamp: base.updatedAt };
  } catch {
    return undefined;
  }
}

export async function loadIndex(db: PaperdexDB): Promise<StoredIndex | undefined> {
  const blobs = await readIndexBlobs(db);
  return blobs ? openIndex(blobs.base, blobs.delta) : undefined;
}

/** Stores what changed: the delta after an update, both parts after a build or compaction. */
export async function storeIndex(db: PaperdexDB, stored: StoredIndex, parts: 'delta' | 'both'): Promise<void> {
  const updatedAt = Date.now();
  if (parts === 'delta') {
    await db.blobs.put({ key: INDEX_DELTA, bytes: stored.index.serializeDelta(), updatedAt, baseStamp: stored.baseStamp });
    return;
  }
  const { base, delta } = stored.index.serialize();
  // A stamp that always moves forward, even within one millisecond, so readers notice the new base.
  stored.baseStamp = Math.max(updatedAt, stored.baseStamp + 1);
  await db.blobs.bulkPut([
    { key: INDEX_BASE, bytes: base, updatedAt: stored.baseStamp },
    { key: INDEX_DELTA, bytes: delta, updatedAt, baseStamp: stored.baseStamp },
  ]);
}

/** Builds the index from every paper in the library and stores it. */
export async function rebuildIndex(db: PaperdexDB): Promise<StoredIndex> {
  return db.transaction('rw', db.papers, db.blobs, async () => {
    const docs: ReturnType<typeof searchDocOf>[] = [];
    await db.papers.each((paper) => {
      docs.push(searchDocOf(paper));
    });
    const stored: StoredIndex = { index: SearchIndex.build(docs), baseStamp: 0 };
    await storeIndex(db, stored, 'both');
    return stored;
  });
}

/** Applies changed and removed papers to the index; `flagsOnly` when only bookmark/read changed. */
export function applyToIndex(
  index: SearchIndex,
  changed: readonly Paper[],
  removed: readonly string[],
  flagsOnly = false,
): void {
  for (const id of removed) index.remove(id);
  for (const paper of changed) {
    const flags = { bookmarked: paper.bookmarkedAt !== undefined, read: paper.readAt !== undefined };
    if (!(flagsOnly && index.setFlags(paper.id, flags))) index.upsert(searchDocOf(paper));
  }
}
