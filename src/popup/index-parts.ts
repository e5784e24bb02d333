/** The stored search index's parts and backlog, read together. */
import type { PendingChange, StoredBlob } from '../db/schema.js';
import { INDEX_BASE, INDEX_DELTA } from '../db/index-keys.js';
import { requestResult, snapshot } from './read-db.js';

export interface IndexParts {
  delta?: StoredBlob;
  base?: StoredBlob;
  changes: PendingChange[];
}

/** The delta, the base when asked for, and the backlog, as of one moment. */
export function readParts(withBase: boolean): Promise<IndexParts | undefined> {
  return snapshot(['blobs', 'pending'], async (tx) => {
    const blobs = tx.objectStore('blobs');
    const [delta, base, changes] = await Promise.all([
      requestResult<StoredBlob | undefined>(blobs.get(INDEX_DELTA)),
      withBase ? requestResult<StoredBlob | undefined>(blobs.get(INDEX_BASE)) : undefined,
      requestResult<PendingChange[]>(tx.objectStore('pending').getAll()),
    ]);
    return { delta, base, changes };
  });
}
