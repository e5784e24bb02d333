/**
 * Keeps the stored search index up to date: after every write, and when the worker starts (a worker
 * stopped mid-way leaves a backlog, never a gap). The loaded index is only a cache of what is stored:
 * after a restart, or any failure, it is read again.
 */
import { db } from '../db/schema.js';
import { foldPending, loadIndex, rebuildIndex, type StoredIndex } from '../db/search-store.js';
import { announceLibraryChange } from '../platform/library-events.js';

let cached: Promise<StoredIndex> | undefined;
let folding: Promise<void> = Promise.resolve();

/** The stored index, built from the library the first time (or when the stored one is unreadable). */
export function currentIndex(): Promise<StoredIndex> {
  if (!cached) {
    cached = loadIndex(db).then(async (stored) => {
      if (stored) return stored;
      const built = await rebuildIndex(db);
      announceLibraryChange(); // readers waiting for an index have one now
      return built;
    });
    cached.catch(() => (cached = undefined));
  }
  return cached;
}

/** Folds the backlog into the index, after whatever folding is under way. */
export function indexPending(): Promise<void> {
  folding = folding.then(async () => {
    try {
      if ((await foldPending(db, await currentIndex())) > 0) announceLibraryChange();
    } catch (error) {
      cached = undefined; // the cache may hold changes that were never stored
      console.warn('Paperdex: the search index will catch up later', error);
    }
  });
  return folding;
}
