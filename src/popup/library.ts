/** The popup's reads of the library. It never writes: changes go to the background by message. */
import { liveQuery } from 'dexie';
import type { Paper, Sighting } from '../core/paper.js';
import { db } from '../db/schema.js';
import { applyPending, bytesOf, INDEX_BASE, INDEX_DELTA, openIndex, papersNamed, type StoredIndex } from '../db/search-store.js';

export async function papersByIds(ids: readonly string[]): Promise<Map<string, Paper>> {
  const papers = await db.papers.bulkGet([...ids]);
  return new Map(papers.filter((paper): paper is Paper => paper !== undefined).map((paper) => [paper.id, paper]));
}

/** Where a paper was seen, newest first. */
export async function sightingsOf(paperId: string): Promise<Sighting[]> {
  const sightings = await db.sightings.where('paperId').equals(paperId).toArray();
  return sightings.sort((a, b) => b.seenAt - a.seenAt);
}

/** The papers a page showed the last time it was read, in page order. */
export async function papersSeenOn(pageUrl: string): Promise<string[]> {
  const sightings = await db.sightings.where('pageUrl').equals(pageUrl).toArray();
  if (sightings.length === 0) return [];
  const latestDay = Math.max(...sightings.map((sighting) => sighting.seenAt)) - 36 * 3600 * 1000;
  const recent = sightings.filter((sighting) => sighting.seenAt >= latestDay).sort((a, b) => a.position - b.position);
  return [...new Set(recent.map((sighting) => sighting.paperId))];
}

/**
 * Follows the stored search index: calls back with it now and whenever the background stores a change.
 * The base (large, rewritten only on compaction) is read again only when the delta says it changed; the
 * backlog the background has not folded in yet is applied on the way, so results are never behind;
 * `backlog` says how much of it there was.
 */
export function watchIndex(onIndex: (stored: StoredIndex | undefined, backlog: number) => void): () => void {
  let base: { stamp: number; bytes: Promise<Uint8Array> } | undefined;
  let latest = 0;
  const subscription = liveQuery(async () => {
    const [delta, changes] = await Promise.all([db.blobs.get(INDEX_DELTA), db.pending.toArray()]);
    const stale = !base || (delta?.baseStamp !== undefined && delta.baseStamp !== base.stamp);
    const baseRecord = delta && stale ? await db.blobs.get(INDEX_BASE) : undefined;
    return { delta, changes, baseRecord, papers: changes.length > 0 ? await papersNamed(db, changes) : new Map() };
  }).subscribe({
    next: ({ delta, changes, baseRecord, papers }) => {
      const run = ++latest;
      if (baseRecord) base = { stamp: baseRecord.updatedAt, bytes: bytesOf(baseRecord) };
      void (async () => {
        const stored = delta && base ? await openIndex(await base.bytes, base.stamp, delta) : undefined;
        if (stored && changes.length > 0) applyPending(stored.index, changes, papers);
        if (run === latest) onIndex(stored, changes.length);
      })();
    },
    error: () => onIndex(undefined, 0),
  });
  return () => subscription.unsubscribe();
}
