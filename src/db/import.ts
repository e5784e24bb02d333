/**
 * Papers and sightings from a library file, into the library: one transaction per part. A paper already
 * in the library is merged (fields fill in; bookmarks, read state, tags and notes are combined), never
 * replaced, so importing can add but not lose.
 */
import { mergePapers } from '../core/merge.js';
import type { ImportReport } from '../core/messages.js';
import type { Paper, Sighting } from '../core/paper.js';
import type { PaperdexDB } from './schema.js';
import { notePending } from './search-store.js';

export async function importRecords(
  db: PaperdexDB,
  papers: readonly Paper[],
  sightings: readonly Sighting[],
): Promise<ImportReport & { changed: Paper[] }> {
  return db.transaction('rw', db.papers, db.sightings, db.pending, async () => {
    const existing = await db.papers.bulkGet(papers.map((paper) => paper.id));
    const changed = papers.map((paper, i) => {
      const known = existing[i];
      return known ? mergePapers(known, paper) : paper;
    });
    await db.papers.bulkPut(changed);
    await db.sightings.bulkPut([...sightings]);
    await notePending(db, changed, [], false);
    const merged = existing.filter((paper) => paper !== undefined).length;
    return { added: papers.length - merged, merged, sightings: sightings.length, changed };
  });
}
