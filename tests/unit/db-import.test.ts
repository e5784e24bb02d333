/** Imports into the library: previewed without writing, applied in one transaction, never lowering, never twice. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReading } from '../../src/core/import-types.js';
import type { Paper, Sighting } from '../../src/core/paper.js';
import { saveCapture } from '../../src/db/capture.js';
import { applyImport, importRecords, previewImport } from '../../src/db/import.js';
import { DAY, freshDb, paper, sighting, snapshot, store, T0 } from '../fixtures/db/library-db.js';

const DAILY = 'https://huggingface.co/papers/date/2025-12-08';
const NOTES = 'https://notes.example/reading';

function reading(papers: Paper[], sightings: Sighting[] = []): ImportReading {
  return { format: 'paperdex', papers, sightings, invalid: [] };
}

const restore: (() => void)[] = [];
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

describe('previewing an import', () => {
  it('says what would be added, merged, left as it is, and writes nothing', async () => {
    const db = freshDb();
    const known = paper('2311.12424', { bookmarkedAt: T0, tags: ['rl'] });
    const same = paper('2310.03714');
    await store(db, [known, same], [sighting(same.id, DAILY, T0)]);
    const before = await snapshot(db);
    const fresh = paper('2401.00001');
    const plan = await previewImport(
      db,
      reading([fresh, { ...known, tags: ['seminar'] }, same], [sighting(fresh.id, DAILY, T0), sighting(same.id, DAILY, T0)]),
    );
    expect(plan.added).toEqual([fresh]);
    expect(plan.merged).toEqual([{ before: known, after: { ...known, tags: ['rl', 'seminar'] } }]);
    expect(plan.unchanged).toEqual([same]);
    expect(plan.sightings).toEqual([sighting(fresh.id, DAILY, T0)]);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('applying an import', () => {
  it('writes the new and merged papers and the new sightings, and notes them for the search index', async () => {
    const db = freshDb();
    const known = paper('2311.12424', { note: 'Mine' });
    await store(db, [known]);
    const fresh = paper('2401.00001', { readAt: T0 });
    const outcome = await applyImport(db, reading([fresh, { ...known, note: 'Friday' }], [sighting(fresh.id, DAILY, T0)]));
    expect(outcome.changedIds).toEqual([fresh.id, known.id]);
    expect(outcome.removedIds).toEqual([]);
    expect(await db.papers.toArray()).toEqual([{ ...known, note: 'Mine\n\nFriday' }, fresh]);
    expect(await db.sightings.toArray()).toEqual([sighting(fresh.id, DAILY, T0)]);
    expect(await db.pending.toArray()).toEqual([{ seq: 1, ids: [fresh.id, known.id], removed: [], flagsOnly: false }]);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const db = freshDb();
    await store(db, [paper('2311.12424', { bookmarkedAt: T0, tags: ['mine'], note: 'Mine' })], [sighting('arxiv:2311.12424', DAILY, T0)]);
    const file = reading(
      [paper('2311.12424', { tags: ['seminar'], note: 'Friday', readAt: T0 + DAY, updatedAt: T0 + DAY }), paper('notes', { title: 'Notes on looping' })],
      [sighting('arxiv:2311.12424', NOTES, T0 + DAY), sighting(paper('notes', { title: 'Notes on looping' }).id, NOTES, T0)],
    );
    await applyImport(db, file);
    const once = await snapshot(db);
    const again = await applyImport(db, file);
    expect(again.plan).toMatchObject({ added: [], merged: [], sightings: [] });
    expect(again.plan.unchanged).toHaveLength(2);
    expect(again.changedIds).toEqual([]);
    expect(await snapshot(db)).toEqual(once);
  });

  it('never lowers the library: bookmarks, read state, tags and notes stay, the earlier times win', async () => {
    const db = freshDb();
    const mine = paper('2311.12424', { bookmarkedAt: T0 + DAY, readAt: T0 + DAY, tags: ['mine'], note: 'Mine', lastSeenAt: T0 + DAY });
    await store(db, [mine]);
    // An old export: not bookmarked, unread, no tags, no note.
    await applyImport(db, reading([paper('2311.12424')]));
    expect(await db.papers.get(mine.id)).toEqual(mine);
    // Another browser's copy: bookmarked earlier, its own tag.
    await applyImport(db, reading([paper('2311.12424', { bookmarkedAt: T0, tags: ['theirs'] })]));
    expect(await db.papers.get(mine.id)).toMatchObject({ bookmarkedAt: T0, readAt: T0 + DAY, tags: ['mine', 'theirs'], note: 'Mine' });
  });

  it('joins a title-only paper to the library paper of its title, moving its sightings', async () => {
    const db = freshDb();
    const arxiv = paper('2311.12424', { title: 'Looped Transformers are Better at Learning Learning Algorithms' });
    await store(db, [arxiv], [sighting(arxiv.id, DAILY, T0)]);
    const fromNotes = paper('notes', { title: 'Looped transformers are better at learning learning algorithms', tags: ['blog'] });
    const outcome = await applyImport(db, reading([fromNotes], [sighting(fromNotes.id, NOTES, T0 + DAY, { pageKind: 'text' })]));
    expect(outcome.changedIds).toEqual([arxiv.id]);
    expect(await db.papers.toArray()).toEqual([{ ...arxiv, tags: ['blog'], sites: ['huggingface.co', 'notes.example'] }]);
    expect((await db.sightings.toArray()).map((s) => s.key)).toEqual([
      sighting(arxiv.id, DAILY, T0).key,
      sighting(arxiv.id, NOTES, T0 + DAY).key,
    ]);
  });

  it('turns the title-only record of an imported arXiv paper into that paper, with its sightings', async () => {
    const db = freshDb();
    const fromNotes = paper('notes', { title: 'Attention Is All You Need', bookmarkedAt: T0 });
    await store(db, [fromNotes], [sighting(fromNotes.id, NOTES, T0, { pageKind: 'text' })]);
    const outcome = await applyImport(db, reading([paper('1706.03762', { title: 'Attention Is All You Need' })]));
    expect(outcome.removedIds).toEqual([fromNotes.id]);
    expect(outcome.changedIds).toEqual(['arxiv:1706.03762']);
    expect(await db.papers.toArray()).toMatchObject([{ id: 'arxiv:1706.03762', bookmarkedAt: T0 }]);
    expect(await db.sightings.toArray()).toEqual([sighting('arxiv:1706.03762', NOTES, T0, { pageKind: 'text' })]);
    expect(await db.pending.toArray()).toMatchObject([{ ids: ['arxiv:1706.03762'], removed: [fromNotes.id] }]);
  });

  it('plans again when applied: a paper captured since the preview is merged, not replaced', async () => {
    const db = freshDb();
    const file = reading([paper('2311.12424', { bookmarkedAt: T0, tags: ['seminar'] })]);
    expect((await previewImport(db, file)).added).toHaveLength(1);
    await saveCapture(
      db,
      {
        page: { kind: 'hf-daily', site: 'huggingface.co', url: DAILY },
        entries: [{ id: 'arxiv:2311.12424', arxivId: '2311.12424', title: 'Looped', upvotes: 40, source: { site: 'huggingface.co', pageUrl: DAILY, pageKind: 'hf-daily', position: 1, capturedAt: '2026-11-02T00:00:00Z' } }],
      },
      T0 + DAY,
    );
    const { plan } = await applyImport(db, file);
    expect(plan.added).toEqual([]);
    expect(plan.merged).toHaveLength(1);
    expect(await db.papers.get('arxiv:2311.12424')).toMatchObject({ upvotes: 40, bookmarkedAt: T0, tags: ['seminar'] });
    expect(await db.sightings.count()).toBe(1);
  });

  it('leaves the library exactly as it was when a write fails (a full disk)', async () => {
    const db = freshDb();
    await store(db, [paper('2311.12424', { note: 'Mine' })], [sighting('arxiv:2311.12424', DAILY, T0)]);
    await db.pending.add({ ids: ['arxiv:2311.12424'], removed: [], flagsOnly: false });
    const before = await snapshot(db);
    // The papers are written first; the sightings' put fails, as IndexedDB fails when the disk is full.
    const put = IDBObjectStore.prototype.put;
    restore.push(() => (IDBObjectStore.prototype.put = put));
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'sightings') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    const file = reading(
      [paper('2311.12424', { note: 'Friday', bookmarkedAt: T0 }), paper('2401.00001')],
      [sighting('arxiv:2401.00001', DAILY, T0)],
    );
    await expect(applyImport(db, file)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('importing records sent by the popup', () => {
  it('reports new papers, known papers and new sightings, as before', async () => {
    const db = freshDb();
    const known = paper('2311.12424');
    await store(db, [known], [sighting(known.id, DAILY, T0)]);
    const fresh = paper('2401.00001');
    const report = await importRecords(db, [known, fresh], [sighting(known.id, DAILY, T0), sighting(fresh.id, DAILY, T0)]);
    expect(report).toEqual({ added: 1, merged: 1, sightings: 1, changed: [fresh] });
  });
});
