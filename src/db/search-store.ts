/**
 * The persisted search index: a base and a delta, stored as two blobs read together, plus a backlog of
 * changes not folded in yet (`pending`). Every write notes its changes in the backlog within its own
 * transaction, so index + backlog always describe the library exactly, and a failure or a stopped worker
 * can delay indexing but never lose a capture. The background folds the backlog in right after each write;
 * readers apply whatever is left. The delta records which base it extends (`baseStamp`), so a reader that
 * already holds the base (rewritten only on compaction) needs to read the small delta alone.
 */
import { searchDocOf } from '../core/paper-search-doc.js';
import type { Paper } from '../core/paper.js';
import { SearchIndex } from '../core/search/search-index.js';
import { INDEX_BASE, INDEX_DELTA } from './index-keys.js';
import type { PaperdexDB, PendingChange, StoredBlob } from './schema.js';

/** A loaded index and the stamp of the base it was loaded from. */
export interface StoredIndex {
  index: SearchIndex;
  baseStamp: number;
}

/** Notes a write's changes for the index; call inside the write's transaction (with `pending` in scope). */
export async function notePending(
  db: PaperdexDB,
  changed: readonly Paper[],
  removed: readonly string[],
  flagsOnly: boolean,
): Promise<void> {
  if (changed.length === 0 && removed.length === 0) return;
  await db.pending.add({ ids: changed.map((paper) => paper.id), removed: [...removed], flagsOnly });
}

/** The bytes of a stored part. */
export async function bytesOf(part: StoredBlob): Promise<Uint8Array> {
  return part.bytes instanceof Uint8Array ? part.bytes : new Uint8Array(await part.bytes.arrayBuffer());
}

/**
 * Opens stored parts — the base's bytes and stamp, and the delta — or undefined when they do not belong
 * together or cannot be read (the index is then rebuilt).
 */
export async function openIndex(base: Uint8Array, baseStamp: number, delta: StoredBlob): Promise<StoredIndex | undefined> {
  if (delta.baseStamp !== undefined && delta.baseStamp !== baseStamp) return undefined;
  try {
    return { index: SearchIndex.load({ base, delta: await bytesOf(delta) }), baseStamp };
  } catch {
    return undefined;
  }
}

export async function loadIndex(db: PaperdexDB): Promise<StoredIndex | undefined> {
  const [base, delta] = await db.blobs.bulkGet([INDEX_BASE, INDEX_DELTA]);
  return base && delta ? openIndex(await bytesOf(base), base.updatedAt, delta) : undefined;
}

/**
 * Applies backlog entries to an index, given the current records of the papers they name (a paper named
 * but no longer in the library is removed). Shared by the background's fold and the popup's reads.
 */
export function applyPending(index: SearchIndex, changes: readonly PendingChange[], papers: Map<string, Paper>): void {
  const textChanged = new Set<string>();
  const named = new Set<string>();
  for (const change of changes) {
    for (const id of change.removed) index.remove(id);
    for (const id of change.ids) {
      named.add(id);
      if (!change.flagsOnly) textChanged.add(id);
    }
  }
  for (const id of named) {
    const paper = papers.get(id);
    if (!paper) {
      index.remove(id);
      continue;
    }
    const flags = { bookmarked: paper.bookmarkedAt !== undefined, read: paper.readAt !== undefined };
    if (textChanged.has(id) || !index.setFlags(id, flags)) index.upsert(searchDocOf(paper));
  }
}

/** The papers a backlog names, by id. */
export async function papersNamed(db: PaperdexDB, changes: readonly PendingChange[]): Promise<Map<string, Paper>> {
  const ids = [...new Set(changes.flatMap((change) => change.ids))];
  const papers = await db.papers.bulkGet(ids);
  return new Map(papers.filter((paper): paper is Paper => paper !== undefined).map((paper) => [paper.id, paper]));
}

/**
 * Folds the backlog into the stored index, in one transaction: the index and the library never disagree.
 * Returns how many backlog entries were folded.
 */
export async function foldPending(db: PaperdexDB, stored: StoredIndex): Promise<number> {
  return db.transaction('rw', db.papers, db.blobs, db.pending, async () => {
    const changes = await db.pending.toArray();
    if (changes.length === 0) return 0;
    applyPending(stored.index, changes, await papersNamed(db, changes));
    if (stored.index.needsCompaction()) {
      stored.index.compact();
      await storeIndex(db, stored, 'both');
    } else {
      await storeIndex(db, stored, 'delta');
    }
    await db.pending.bulkDelete(changes.map((change) => change.seq!));
    return changes.length;
  });
}

/** Builds the index from every paper in the library and stores it; the backlog is then empty. */
export async function rebuildIndex(db: PaperdexDB): Promise<StoredIndex> {
  return db.transaction('rw', db.papers, db.blobs, db.pending, async () => {
    const docs: ReturnType<typeof searchDocOf>[] = [];
    await db.papers.each((paper) => {
      docs.push(searchDocOf(paper));
    });
    const stored: StoredIndex = { index: SearchIndex.build(docs), baseStamp: 0 };
    await storeIndex(db, stored, 'both');
    await db.pending.clear();
    return stored;
  });
}

/** Stores what changed: the delta after an update, both parts after a build or compaction. */
async function storeIndex(db: PaperdexDB, stored: StoredIndex, parts: 'delta' | 'both'): Promise<void> {
  const updatedAt = Date.now();
  if (parts === 'delta') {
    await db.blobs.put({ key: INDEX_DELTA, bytes: stored.index.serializeDelta(), updatedAt, baseStamp: stored.baseStamp });
    return;
  }
  const { base, delta } = stored.index.serialize();
  // A stamp that always moves forward, even within one millisecond, so readers notice the new base.
  stored.baseStamp = Math.max(updatedAt, stored.baseStamp + 1);
  await db.blobs.bulkPut([
    { key: INDEX_BASE, bytes: new Blob([base as Uint8Array<ArrayBuffer>]), updatedAt: stored.baseStamp },
    { key: INDEX_DELTA, bytes: delta, updatedAt, baseStamp: stored.baseStamp },
  ]);
}
