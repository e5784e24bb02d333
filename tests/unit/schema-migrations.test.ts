/**
 * Libraries left by every earlier schema version open with the current one, every record as it was.
 * Each earlier version has a fixture (`tests/fixtures/db/v<N>.json`, written by make-fixtures.ts): a
 * realistic library made by that version, which is loaded into a database of that version and opened with
 * the current PaperdexDB. A new schema version needs only the fixture of the version before it.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, PaperdexDB, SCHEMA_VERSIONS } from '../../src/db/schema.js';
import { deletePapers, restorePapers } from '../../src/db/trash.js';
import { getAll, library } from '../../src/popup/read-db.js';
import type { Paper } from '../../src/core/paper.js';
import { decode, loadDump, type DatabaseDump } from '../fixtures/db/dump.js';
import { freshDb, snapshot } from '../fixtures/db/library-db.js';
import { ROOT } from './support/golden.js';

const EARLIER = SCHEMA_VERSIONS.filter((step) => step.version < CURRENT_VERSION).map((step) => step.version);

function fixture(version: number): DatabaseDump {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/db', `v${version}.json`), 'utf8')) as DatabaseDump;
}

/** A database as `version` left it, holding the fixture; closed. */
async function oldLibrary(version: number, name?: string): Promise<string> {
  const old = name ? new PaperdexDB(name, { upToVersion: version }) : freshDb(version);
  await loadDump(old, fixture(version));
  old.close();
  return old.name;
}

describe('schema versions', () => {
  it('are numbered in order, each with a note saying why', () => {
    const numbers = SCHEMA_VERSIONS.map((step) => step.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const step of SCHEMA_VERSIONS) expect(step.note).toMatch(/^\d{4}-\d{2}(-\d{2})?: \S/);
  });

  it.each(EARLIER)('version %i has a migration fixture', (version) => {
    expect(existsSync(join(ROOT, 'tests/fixtures/db', `v${version}.json`))).toBe(true);
  });
});

describe.each(EARLIER)('a library left by schema version %i', (version) => {
  const dump = fixture(version);

  it('is a whole library: papers with state, sightings, a stored index and its backlog', () => {
    expect(dump.version).toBe(version);
    const papers = dump.tables['papers'] as Paper[];
    expect(papers.some((paper) => paper.tags.length > 0)).toBe(true);
    expect(papers.some((paper) => paper.bookmarkedAt !== undefined)).toBe(true);
    expect(papers.some((paper) => paper.readAt !== undefined)).toBe(true);
    expect(papers.some((paper) => paper.note !== '')).toBe(true);
    expect(papers.some((paper) => paper.id.startsWith('title:'))).toBe(true);
    for (const name of ['sightings', 'blobs', 'pending']) expect(dump.tables[name]?.length).toBeGreaterThan(0);
  });

  it('is at that version on disk before the current schema opens it', async () => {
    const name = await oldLibrary(version);
    const plain = new Dexie(name);
    await plain.open();
    expect(plain.verno).toBe(version);
    expect(plain.tables.map((table) => table.name).sort()).toEqual(Object.keys(dump.tables).sort());
    plain.close();
  });

  it('opens with the current schema with every record of every table unchanged', async () => {
    const db = new PaperdexDB(await oldLibrary(version));
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const now = await snapshot(db);
    for (const [table, records] of Object.entries(dump.tables)) expect(now[table], table).toEqual(records);
    db.close();
  });

  it('answers every index of the current schema as a scan of the records would', async () => {
    const db = new PaperdexDB(await oldLibrary(version));
    await db.open();
    let queries = 0;
    for (const table of db.tables) {
      const records = (dump.tables[table.name] ?? []).map(decode) as object[];
      const primaryKey = table.schema.primKey.keyPath as string;
      for (const index of table.schema.indexes) {
        const valuesOf = (record: object): unknown[] => {
          const value = Dexie.getByKeyPath(record, index.keyPath as string | string[]);
          if (value === undefined) return [];
          return index.multi ? [...new Set(value as unknown[])] : [value];
        };
        const values = new Map(records.flatMap(valuesOf).map((value) => [JSON.stringify(value), value]));
        for (const value of values.values()) {
          const expected = records
            .filter((record) => valuesOf(record).some((other) => JSON.stringify(other) === JSON.stringify(value)))
            .map((record) => Dexie.getByKeyPath(record, primaryKey));
          const found = await table.where(index.name).equals(value as string).primaryKeys();
          expect(found, `${table.name}.${index.name} = ${JSON.stringify(value)}`).toEqual(expected);
          queries++;
        }
      }
    }
    expect(queries).toBeGreaterThan(0);
    db.close();
  });

  it('finds papers by tag, and deletes and restores a paper through the trash', async () => {
    const db = new PaperdexDB(await oldLibrary(version));
    const papers = dump.tables['papers'] as Paper[];
    const tagged = papers.find((paper) => paper.tags.length > 0)!;
    const tag = tagged.tags[0]!;
    const withTag = papers.filter((paper) => paper.tags.includes(tag)).map((paper) => paper.id);
    expect(await db.papers.where('tags').equals(tag).primaryKeys()).toEqual(withTag);

    const before = await snapshot(db);
    expect(await deletePapers(db, [tagged.id], Date.UTC(2026, 10, 29))).toEqual([tagged.id]);
    expect(await db.papers.get(tagged.id)).toBeUndefined();
    await restorePapers(db, [tagged.id]);
    const after = await snapshot(db);
    expect(after['papers']).toEqual(before['papers']);
    expect(after['sightings']).toEqual(before['sightings']);
    expect(after['trash']).toEqual([]);
    db.close();
  });
});

describe('the popup, which opens the library without naming a version', () => {
  const version = EARLIER.at(-1)!;

  it('creates no database when nothing was captured yet', async () => {
    expect(await library()).toBeUndefined();
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain('paperdex');
  });

  it('lets the background upgrade the library under it, and reads the upgraded library', async () => {
    await oldLibrary(version, 'paperdex');
    expect(await getAll<Paper>('papers')).toEqual(fixture(version).tables['papers']);
    // The popup holds the old version open: the upgrade must not wait for it.
    const db = new PaperdexDB();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await getAll<Paper>('papers')).toEqual(fixture(version).tables['papers']);
    expect((await library())?.objectStoreNames.contains('trash')).toBe(true);
    db.close();
  });
});
