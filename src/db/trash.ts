/**
 * Deleting papers, undoably: a deleted paper goes to the trash with its sightings, where it stays 30 days,
 * so a slip can be undone, also after the page that made it has closed.
 */
import type { Paper, Sighting } from '../core/paper.js';
import { mergeNotes } from '../core/import-plan.js';
import { mergePapers } from '../core/merge.js';
import { applyImport } from './import.js';
import type { PaperdexDB, TrashEntry } from './schema.js';
import { notePending } from './search-store.js';

/** How long deleted papers are kept. */
export const TRASH_DAYS = 30;
const TRASH_KEPT_MS = TRASH_DAYS * 86_400_000;

/**
 * Moves papers and their sightings to the trash and purges what has been there more than 30 days.
 * Returns the ids deleted (those in the library).
 */
export async function deletePapers(db: PaperdexDB, ids: readonly string[], now: number): Promise<string[]> {
  return db.transaction('rw', [db.papers, db.sightings, db.trash, db.pending], async () => {
    await db.trash.where('deletedAt').below(now - TRASH_KEPT_MS).delete();
    const papers = (await db.papers.bulkGet([...new Set(ids)])).filter((paper): paper is Paper => paper !== undefined);
    if (papers.length === 0) return [];
    const removed = papers.map((paper) => paper.id);
    const [sightings, earlier] = await Promise.all([
      db.sightings.where('paperId').anyOf(removed).toArray(),
      db.trash.bulkGet(removed),
    ]);
    const byPaper = new Map<string, Sighting[]>();
    for (const sighting of sightings) byPaper.set(sighting.paperId, [...(byPaper.get(sighting.paperId) ?? []), sighting]);
    const entries = papers.map((paper, i) => trashEntry(paper, byPaper.get(paper.id) ?? [], earlier[i], now));
    await db.trash.bulkPut(entries);
    await db.sightings.bulkDelete(sightings.map((sighting) => sighting.key));
    await db.papers.bulkDelete(removed);
    await notePending(db, [], removed, false);
    return removed;
  });
}

/**
 * Brings papers back from the trash with their sightings. A paper captured again since it was deleted is
 * merged with its trashed record, as an import would, so neither the new sightings nor the old state is
 * lost. Returns the papers as restored.
 */
export async function restorePapers(db: PaperdexDB, ids: readonly string[]): Promise<Paper[]> {
  return db.transaction('rw', [db.papers, db.sightings, db.trash, db.pending], async () => {
    const entries = (await db.trash.bulkGet([...new Set(ids)])).filter((entry): entry is TrashEntry => entry !== undefined);
    if (entries.length === 0) return [];
    const { plan } = await applyImport(db, {
      format: 'paperdex',
      papers: entries.map((entry) => entry.paper),
      sightings: entries.flatMap((entry) => entry.sightings),
      invalid: [],
    });
    await db.trash.bulkDelete(entries.map((entry) => entry.id));
    return [...plan.added, ...plan.merged.map(({ after }) => after), ...plan.unchanged];
  });
}

/** A trash entry; a paper deleted before (and captured again since) keeps its earlier record and sightings too. */
function trashEntry(paper: Paper, sightings: Sighting[], earlier: TrashEntry | undefined, now: number): TrashEntry {
  if (!earlier) return { id: paper.id, paper, sightings, deletedAt: now };
  const keys = new Set(sightings.map((sighting) => sighting.key));
  return {
    id: paper.id,
    paper: { ...mergePapers(paper, earlier.paper), note: mergeNotes(paper.note, earlier.paper.note) },
    sightings: [...sightings, ...earlier.sightings.filter((sighting) => !keys.has(sighting.key))],
    deletedAt: now,
  };
}
