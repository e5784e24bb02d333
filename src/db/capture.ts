/** Applies a capture to the library: one read-write transaction, so a capture lands whole or not at all. */
import { planCapture, keysToLoad, sightingKey, type Capture, type CapturePlan } from '../core/capture-plan.js';
import type { Paper } from '../core/paper.js';
import type { PaperdexDB } from './schema.js';
import { notePending } from './search-store.js';

export type CaptureOutcome = Pick<CapturePlan, 'added' | 'updated' | 'marks'> & { changed: Paper[]; removed: string[] };

export async function saveCapture(db: PaperdexDB, capture: Capture, seenAt: number): Promise<CaptureOutcome> {
  return db.transaction('rw', db.papers, db.sightings, db.pending, async () => {
    const { ids, titleIds, titleKeys } = keysToLoad(capture.entries);
    // Title-only papers (from page text) are few: list their keys once rather than look up each candidate.
    const titleOnly = titleIds.length > 0 ? new Set(await db.papers.where(':id').startsWith('title:').primaryKeys()) : new Set();
    const [byIdList, byTitleList] = await Promise.all([
      db.papers.bulkGet(await existing(db, [...ids, ...titleIds.filter((id) => titleOnly.has(id))])),
      titleKeys.length > 0 ? db.papers.where('titleKey').anyOf(titleKeys).toArray() : Promise.resolve([]),
    ]);
    const byId = new Map<string, Paper>();
    for (const paper of [...byIdList, ...byTitleList]) if (paper) byId.set(paper.id, paper);
    const byTitleKey = new Map<string, Paper[]>();
    for (const paper of byId.values()) {
      if (paper.titleKey) byTitleKey.set(paper.titleKey, [...(byTitleKey.get(paper.titleKey) ?? []), paper]);
    }
    const plan = planCapture(capture, { byId, byTitleKey }, seenAt);
    await moveSightings(db, plan.absorbed);
    if (plan.absorbed.length > 0) await db.papers.bulkDelete(plan.absorbed.map((move) => move.from));
    await db.papers.bulkPut(plan.put);
    await db.sightings.bulkPut(plan.sightings);
    const removed = plan.absorbed.map((move) => move.from);
    await notePending(db, plan.put, removed, false);
    return {
      added: plan.added,
      updated: plan.updated,
      marks: plan.marks,
      changed: plan.put,
      removed,
    };
  });
}

/** Re-keys the sightings of absorbed papers to the paper that absorbed them. */
async function moveSightings(db: PaperdexDB, moves: CapturePlan['absorbed']): Promise<void> {
  for (const { from, into } of moves) {
    const old = await db.sightings.where('paperId').equals(from).toArray();
    if (old.length === 0) continue;
    await db.sightings.bulkDelete(old.map((sighting) => sighting.key));
    await db.sightings.bulkPut(
      old.map((sighting) => ({ ...sighting, paperId: into, key: sightingKey(into, sighting.pageUrl, sighting.seenAt) })),
    );
  }
}

/**
 * Which of these ids the library has. The keys between the lowest and highest id come in one request —
 * a page's papers are mostly new, and one key range beats a lookup per missing paper.
 */
async function existing(db: PaperdexDB, ids: readonly string[]): Promise<string[]> {
  if (ids.length <= 8) return [...ids];
  const sorted = [...ids].sort();
  const wanted = new Set(ids);
  const keys = await db.papers.where(':id').between(sorted[0]!, sorted.at(-1)!, true, true).primaryKeys();
  return keys.filter((key) => wanted.has(key));
}
