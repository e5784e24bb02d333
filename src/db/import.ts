/**
 * Imports into the library: a preview of what a reading would change, and applying it in one transaction,
 * so an import lands whole or not at all (a full disk leaves the library as it was). A paper already in the
 * library is merged (fields fill in; bookmarks, read state, tags and notes are combined), never replaced,
 * so importing can add but not lose; importing the same file again changes nothing.
 */
import { isTitleOnly, planImport, titleKeyOf, type ImportKnown } from '../core/import-plan.js';
import type { ImportPlan, ImportReading } from '../core/import-types.js';
import type { ImportReport } from '../core/messages.js';
import type { Paper, Sighting } from '../core/paper.js';
import { sightingKey } from '../core/capture-plan.js';
import type { PaperdexDB } from './schema.js';
import { notePending } from './search-store.js';

export interface ImportOutcome {
  plan: ImportPlan;
  /** Papers added or changed. */
  changedIds: string[];
  /** Title-only papers absorbed into the arXiv paper of the same title. */
  removedIds: string[];
}

/** What importing the reading would change now; reads only the papers it may touch. */
export async function previewImport(db: PaperdexDB, reading: ImportReading): Promise<ImportPlan> {
  return db.transaction('r', db.papers, db.sightings, async () => planImport(reading, await loadKnown(db, reading)));
}

/**
 * Imports the reading in one transaction. It is planned again inside it: the library may have changed
 * since the preview (a capture in another tab).
 */
export async function applyImport(db: PaperdexDB, reading: ImportReading): Promise<ImportOutcome> {
  return db.transaction('rw', db.papers, db.sightings, db.pending, async () => {
    const plan = planImport(reading, await loadKnown(db, reading));
    const absorbed = plan.merged.filter(({ before, after }) => before.id !== after.id);
    const removedIds = absorbed.map(({ before }) => before.id);
    const changed = [...plan.added, ...plan.merged.map(({ after }) => after)];
    for (const { before, after } of absorbed) await moveSightings(db, before.id, after.id);
    await db.papers.bulkDelete(removedIds);
    await db.papers.bulkPut(changed);
    await db.sightings.bulkPut(plan.sightings);
    await notePending(db, changed, removedIds, false);
    return { plan, changedIds: changed.map((paper) => paper.id), removedIds };
  });
}

/** Records from a library file sent in parts (the popup's import): applied as an import of each part. */
export async function importRecords(
  db: PaperdexDB,
  papers: readonly Paper[],
  sightings: readonly Sighting[],
): Promise<ImportReport & { changed: Paper[] }> {
  const { plan } = await applyImport(db, { format: 'paperdex', papers: [...papers], sightings: [...sightings], invalid: [] });
  return {
    added: plan.added.length,
    // Known papers, whether or not the file added anything to them.
    merged: plan.merged.length + plan.unchanged.length,
    sightings: plan.sightings.length,
    changed: [...plan.added, ...plan.merged.map(({ after }) => after)],
  };
}

/**
 * The library papers a reading may touch, and the keys of their sightings: papers by the reading's ids,
 * title-only records an incoming arXiv paper would absorb (their id is the title key), and for title-only
 * incoming papers, the papers of the same title.
 */
async function loadKnown(db: PaperdexDB, reading: ImportReading): Promise<ImportKnown> {
  const ids = new Set<string>();
  const titleKeys = new Set<string>();
  for (const paper of reading.papers) {
    ids.add(paper.id);
    if (isTitleOnly(paper)) titleKeys.add(titleKeyOf(paper));
    else if (paper.titleKey) ids.add(paper.titleKey);
  }
  const [byIdList, byTitleList] = await Promise.all([
    db.papers.bulkGet([...ids]),
    titleKeys.size > 0 ? db.papers.where('titleKey').anyOf([...titleKeys]).toArray() : Promise.resolve([]),
  ]);
  const byId = new Map<string, Paper>();
  for (const paper of byIdList) if (paper) byId.set(paper.id, paper);
  const byTitleKey = new Map<string, Paper>();
  for (const paper of byTitleList) {
    const key = paper.titleKey!;
    const held = byTitleKey.get(key);
    if (!held || (isTitleOnly(held) && !isTitleOnly(paper))) byTitleKey.set(key, paper);
  }
  const known = [...new Set([...byId.keys(), ...byTitleList.map((paper) => paper.id)])];
  const sightingKeys = new Set(known.length > 0 ? await db.sightings.where('paperId').anyOf(known).primaryKeys() : []);
  return { byId, byTitleKey, sightingKeys };
}

/** Re-keys the sightings of an absorbed paper to the paper that absorbed it. */
async function moveSightings(db: PaperdexDB, from: string, into: string): Promise<void> {
  const old = await db.sightings.where('paperId').equals(from).toArray();
  if (old.length === 0) return;
  await db.sightings.bulkDelete(old.map((sighting) => sighting.key));
  await db.sightings.bulkPut(
    old.map((sighting) => ({ ...sighting, paperId: into, key: sightingKey(into, sighting.pageUrl, sighting.seenAt) })),
  );
}
