/**
 * Keeps the persisted search index in step with the library, inside the same transactions as the papers,
 * so the two never disagree. The loaded index is only a cache of what is stored: after a restart, or any
 * failed write, it is read again.
 */
import type { AfterWrite } from '../db/capture.js';
import { db } from '../db/schema.js';
import { applyToIndex, loadIndex, rebuildIndex, storeIndex, type StoredIndex } from '../db/search-store.js';

let cached: Promise<StoredIndex> | undefined;

/** The stored index, built from the library the first time (or when the stored one is unreadable). */
export function currentIndex(): Promise<StoredIndex> {
  if (!cached) {
    cached = loadIndex(db).then((stored) => stored ?? rebuildIndex(db));
    cached.catch(() => (cached = undefined));
  }
  return cached;
}

/**
 * Runs a write with a hook that updates the index and stores its delta in the write's own transaction.
 * On failure the cache is dropped: it may hold changes that were never stored.
 */
export async function withIndex<T>(write: (afterWrite: AfterWrite) => Promise<T>): Promise<T> {
  try {
    const stored = await currentIndex();
    const result = await write(async (changed, removed, flagsOnly) => {
      applyToIndex(stored.index, changed, removed, flagsOnly);
      await storeIndex(db, stored, 'delta');
    });
    if (stored.index.needsCompaction()) await compact(stored);
    return result;
  } catch (error) {
    cached = undefined;
    throw error;
  }
}

/** Folds the delta into a new base: synchronous work, then both parts stored, in one transaction. */
async function compact(stored: StoredIndex): Promise<void> {
  await db.transaction('rw', db.blobs, async () => {
    stored.index.compact();
    await storeIndex(db, stored, 'both');
  });
}
