/** "Export library" and "Import": the library as a file the person keeps, and back. */
import type { ImportReport } from '../core/messages.js';
import { readLibraryFile, writeLibraryFile } from '../core/library-file.js';
import type { Paper, Sighting } from '../core/paper.js';
import { send } from '../platform/messaging.js';
import { getAll } from './read-db.js';

/** Papers per import message: well under the browser's message size limit with long abstracts. */
const PART = 500;

/** Saves the whole library as `paperdex-library-YYYY-MM-DD.json` in the person's downloads. */
export async function exportLibrary(): Promise<number> {
  const [papers, sightings] = await Promise.all([getAll<Paper>('papers'), getAll<Sighting>('sightings')]);
  const now = new Date();
  const blob = new Blob([writeLibraryFile(papers, sightings, now)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `paperdex-library-${now.toISOString().slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  return papers.length;
}

export interface ImportOutcome extends ImportReport {
  /** What could not be read and was left out. */
  skipped: string[];
}

/** Reads a library file and adds it to the library, in parts; throws with the reason if it is not one. */
export async function importLibrary(file: File, onProgress: (done: number, total: number) => void): Promise<ImportOutcome> {
  const reading = readLibraryFile(await file.text());
  if (!reading.ok) throw new Error(reading.error);
  const { papers, sightings, skipped } = reading;
  const total: ImportOutcome = { added: 0, merged: 0, sightings: 0, skipped };
  const byPaper = new Map<string, Sighting[]>();
  for (const sighting of sightings) byPaper.set(sighting.paperId, [...(byPaper.get(sighting.paperId) ?? []), sighting]);
  for (let start = 0; start < papers.length; start += PART) {
    const part = papers.slice(start, start + PART);
    const report = await send('library/import', {
      papers: part,
      sightings: part.flatMap((paper) => byPaper.get(paper.id) ?? []),
    });
    total.added += report.added;
    total.merged += report.merged;
    total.sightings += report.sightings;
    onProgress(Math.min(papers.length, start + PART), papers.length);
  }
  return total;
}
