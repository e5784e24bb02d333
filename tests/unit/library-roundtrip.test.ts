/**
 * A library survives its own export: any library stored, exported to a file, the database wiped, the file
 * read back and imported gives the same records, field for field.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLibraryFile, writeLibraryFile } from '../../src/core/library-file.js';
import { applyImport } from '../../src/db/import.js';
import { PaperdexDB } from '../../src/db/schema.js';
import { libraryArb } from '../fixtures/db/arbitrary-library.js';
import { freshDb, snapshot, store } from '../fixtures/db/library-db.js';

describe('a library exported and imported into a wiped database', () => {
  it('comes back record for record, in every table', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb({ maxPapers: 15 }), async (library) => {
        const db = freshDb();
        await store(db, library.papers, library.sightings);
        const original = await snapshot(db);
        const text = writeLibraryFile(await db.papers.toArray(), await db.sightings.toArray(), new Date('2026-11-29T12:00:00Z'));
        await db.delete();

        const wiped = new PaperdexDB(db.name);
        expect(await wiped.papers.count()).toBe(0);
        const reading = readLibraryFile(text);
        if (!reading.ok) throw new Error(reading.error);
        expect(reading.skipped).toEqual([]);
        await applyImport(wiped, { format: 'paperdex', papers: reading.papers, sightings: reading.sightings, invalid: [] });

        const { pending, ...restored } = await snapshot(wiped);
        const { pending: none, ...expected } = original;
        expect(restored).toStrictEqual(expected);
        // The import also has the search index read every paper.
        expect(none).toEqual([]);
        const named = (pending as { ids: string[] }[]).flatMap((change) => change.ids).sort();
        expect(named).toEqual(library.papers.map((paper) => paper.id).sort());
        await wiped.delete();
      }),
      // Each run costs two databases: report the first failing library rather than spend minutes shrinking it.
      { numRuns: 80, endOnFailure: true },
    );
  }, 120_000);
});
