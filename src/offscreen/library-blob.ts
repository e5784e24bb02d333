/**
 * The whole library as a Paperdex library file, in a Blob: what a backup writes. Runs where a DOM is (the
 * Firefox background page, Chrome's offscreen document), reading IndexedDB directly.
 *
 * Memory: at 100,000 papers the file is about 250 MB. Read whole and written as one string — the records,
 * that string (twice its size in memory when any text is not Latin-1) and its UTF-8 copy for the Blob —
 * Chromium's largest process peaked at 3.1 GB; read a page at a time, 1.5 GB. Each page's JSON text is
 * written once, into a Blob of its own that the browser keeps (on disk if it must); the file is those
 * Blobs in order.
 */
import { writeLibraryFile } from '../core/library-file.js';
import type { Paper, Sighting } from '../core/paper.js';
import { db } from '../db/schema.js';

export interface LibraryBlob {
  blob: Blob;
  papers: number;
}

const PAGE = 2_000;

export async function libraryBlob(now: Date, pageSize = PAGE): Promise<LibraryBlob> {
  // The file's frame is writeLibraryFile's own, with empty lists: the format is written in one place only.
  const [head, between, tail] = writeLibraryFile([], [], now).split('[]') as [string, string, string];
  const parts: BlobPart[] = [head, '['];
  let papers = 0;
  // One read-only transaction: every page from the same moment of the library, and nothing can be written.
  await db.transaction('r', db.papers, db.sightings, async () => {
    papers = await appendPages<Paper>((after) => db.papers.where(':id').above(after).limit(pageSize).toArray(), (paper) => paper.id, parts);
    parts.push(']', between, '[');
    await appendPages<Sighting>((after) => db.sightings.where(':id').above(after).limit(pageSize).toArray(), (sighting) => sighting.key, parts);
  });
  parts.push(']', tail);
  return { blob: new Blob(parts, { type: 'application/json' }), papers };
}

/** Reads pages by key until none is left, each as a Blob of its records' JSON, comma-separated like an array's. */
async function appendPages<T>(read: (after: string) => Promise<T[]>, keyOf: (record: T) => string, parts: BlobPart[]): Promise<number> {
  let count = 0;
  // Keys are strings and every string sorts after the empty one.
  let after = '';
  for (;;) {
    const page = await read(after);
    const last = page.at(-1);
    if (last === undefined) return count;
    parts.push(new Blob([`${count > 0 ? ',' : ''}${JSON.stringify(page).slice(1, -1)}`]));
    count += page.length;
    after = keyOf(last);
  }
}
