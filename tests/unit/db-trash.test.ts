/** Deleting papers into the trash, and bringing them back. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveCapture } from '../../src/db/capture.js';
import { deletePapers, restorePapers } from '../../src/db/trash.js';
import { DAY, freshDb, paper, sighting, snapshot, store, T0 } from '../fixtures/db/library-db.js';

const DAILY = 'https://huggingface.co/papers/date/2025-12-08';
const LIST = 'https://arxiv.org/list/cs.LG/new';

async function library() {
  const db = freshDb();
  const looped = paper('2311.12424', { bookmarkedAt: T0, tags: ['seminar'], note: 'Friday' });
  const dspy = paper('2310.03714', { readAt: T0 });
  const kept = paper('2401.00001');
  await store(db, [looped, dspy, kept], [
    sighting(looped.id, DAILY, T0),
    sighting(looped.id, LIST, T0 + DAY, { pageKind: 'arxiv-list' }),
    sighting(dspy.id, DAILY, T0),
    sighting(kept.id, DAILY, T0),
  ]);
  return { db, looped, dspy, kept };
}

describe('deleting papers', () => {
  it('moves them and their sightings to the trash, and tells the search index they are gone', async () => {
    const { db, looped, dspy, kept } = await library();
    const removed = await deletePapers(db, [looped.id, dspy.id, 'arxiv:9999.99999'], T0 + 2 * DAY);
    expect(removed).toEqual([looped.id, dspy.id]);
    expect(await db.papers.toArray()).toEqual([kept]);
    expect(await db.sightings.toArray()).toEqual([sighting(kept.id, DAILY, T0)]);
    expect(await db.trash.get(looped.id)).toEqual({
      id: looped.id,
      paper: looped,
      sightings: [sighting(looped.id, DAILY, T0), sighting(looped.id, LIST, T0 + DAY, { pageKind: 'arxiv-list' })],
      deletedAt: T0 + 2 * DAY,
    });
    expect(await db.pending.toArray()).toEqual([{ seq: 1, ids: [], removed: [looped.id, dspy.id], flagsOnly: false }]);
  });

  it('purges what has been in the trash more than 30 days, on a later delete', async () => {
    const { db, looped, dspy, kept } = await library();
    await deletePapers(db, [looped.id], T0);
    await deletePapers(db, [dspy.id], T0 + 20 * DAY);
    await deletePapers(db, [kept.id], T0 + 31 * DAY);
    expect(await db.trash.orderBy('deletedAt').primaryKeys()).toEqual([dspy.id, kept.id]);
  });

  it('keeps the earlier record of a paper deleted, captured again and deleted again', async () => {
    const { db, looped } = await library();
    await deletePapers(db, [looped.id], T0 + DAY);
    await store(db, [paper('2311.12424', { lastSeenAt: T0 + 3 * DAY })], [sighting(looped.id, DAILY, T0 + 3 * DAY)]);
    await deletePapers(db, [looped.id], T0 + 4 * DAY);
    const entry = await db.trash.get(looped.id);
    expect(entry?.paper).toMatchObject({ bookmarkedAt: T0, tags: ['seminar'], note: 'Friday', lastSeenAt: T0 + 3 * DAY });
    expect(entry?.sightings).toHaveLength(3);
  });
});

describe('restoring papers', () => {
  it('puts them back exactly as they were, with their sightings', async () => {
    const { db, looped, dspy } = await library();
    const before = await snapshot(db);
    await deletePapers(db, [looped.id, dspy.id], T0 + 2 * DAY);
    const restored = await restorePapers(db, [looped.id, dspy.id]);
    expect(restored).toEqual([looped, dspy]);
    const after = await snapshot(db);
    expect(after['papers']).toEqual(before['papers']);
    expect(after['sightings']).toEqual(before['sightings']);
    expect(after['trash']).toEqual([]);
    expect(await db.pending.toArray()).toMatchObject([{ removed: [looped.id, dspy.id] }, { ids: [looped.id, dspy.id], removed: [] }]);
  });

  it('merges a paper captured again since it was deleted: its new sightings and its old state both stay', async () => {
    const { db, looped } = await library();
    await deletePapers(db, [looped.id], T0 + 2 * DAY);
    await saveCapture(
      db,
      {
        page: { kind: 'hf-daily', site: 'huggingface.co', url: DAILY },
        entries: [{ id: looped.id, arxivId: '2311.12424', title: looped.title, upvotes: 51, source: { site: 'huggingface.co', pageUrl: DAILY, pageKind: 'hf-daily', position: 2, capturedAt: '2026-11-04T00:00:00Z' } }],
      },
      T0 + 3 * DAY,
    );
    const [restored] = await restorePapers(db, [looped.id]);
    expect(restored).toMatchObject({ id: looped.id, bookmarkedAt: T0, tags: ['seminar'], note: 'Friday', upvotes: 51, lastSeenAt: T0 + 3 * DAY });
    expect(await db.papers.get(looped.id)).toEqual(restored);
    expect((await db.sightings.where('paperId').equals(looped.id).toArray()).map((s) => s.seenAt).sort()).toEqual([T0, T0 + DAY, T0 + 3 * DAY]);
    expect(await db.trash.count()).toBe(0);
  });

  it('restores nothing for ids not in the trash', async () => {
    const { db } = await library();
    const before = await snapshot(db);
    expect(await restorePapers(db, ['arxiv:2311.12424'])).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });
});
