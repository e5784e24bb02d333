/**
 * The whole library as a Paperdex library file, in a Blob: what a backup writes. Runs where a DOM is (the
 * Firefox background page, Chrome's offscreen document), reading IndexedDB directly.
 */
import { writeLibraryFile } from '../core/library-file.js';
import { db } from '../db/schema.js';

export interface LibraryBlob {
  blob: Blob;
  papers: number;
}

export async function libraryBlob(now: Date): Promise<LibraryBlob> {
  // One read-only transaction: papers and sightings as one consistent moment, and nothing can be written.
  const [papers, sightings] = await db.transaction('r', db.papers, db.sightings, () =>
    Promise.all([db.papers.toArray(), db.sightings.toArray()]),
  );
  // The JSON text is built once and handed to the Blob; at 100,000 papers it is the biggest object here, and
  // it is garbage as soon as the Blob holds its bytes.
  const blob = new Blob([writeLibraryFile(papers, sightings, now)], { type: 'application/json' });
  return { blob, papers: papers.length };
}
