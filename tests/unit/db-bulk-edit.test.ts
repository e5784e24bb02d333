/** The library page's bulk actions on many papers at once. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { editPapers } from '../../src/db/bulk-edit.js';
import { DAY, freshDb, paper, store, T0 } from '../fixtures/db/library-db.js';

const NOW = T0 + 10 * DAY;
const IDS = ['arxiv:2311.12424', 'arxiv:2310.03714', 'arxiv:2401.00001'];

async function library() {
  const db = freshDb();
  await store(db, [
    paper('2311.12424', { bookmarkedAt: T0, readAt: T0, tags: ['rl'] }),
    paper('2310.03714', { tags: ['seminar'] }),
    paper('2401.00001'),
  ]);
  return db;
}

describe('editing many papers', () => {
  it('bookmarks those not bookmarked yet; a paper bookmarked before keeps its time and is not rewritten', async () => {
    const db = await library();
    const changed = await editPapers(db, { ids: IDS, bookmarked: true }, NOW);
    expect(changed.map((p) => p.id)).toEqual(['arxiv:2310.03714', 'arxiv:2401.00001']);
    expect(await db.papers.get(IDS[0]!)).toMatchObject({ bookmarkedAt: T0, updatedAt: T0 });
    expect(await db.papers.get(IDS[1]!)).toMatchObject({ bookmarkedAt: NOW, updatedAt: NOW });
    expect(await db.pending.toArray()).toEqual([{ seq: 1, ids: changed.map((p) => p.id), removed: [], flagsOnly: true }]);
  });

  it('marks unread and removes bookmarks', async () => {
    const db = await library();
    const changed = await editPapers(db, { ids: IDS, read: false, bookmarked: false }, NOW);
    expect(changed.map((p) => p.id)).toEqual([IDS[0]]);
    const [first] = await db.papers.bulkGet([IDS[0]!]);
    expect(first).not.toHaveProperty('readAt');
    expect(first).not.toHaveProperty('bookmarkedAt');
  });

  it('adds and removes tags, never twice on a paper, and has the search index read them again', async () => {
    const db = await library();
    const changed = await editPapers(db, { ids: IDS, addTags: ['rl', 'to-read'], removeTags: ['seminar'] }, NOW);
    expect(changed.map((p) => [p.id, p.tags])).toEqual([
      ['arxiv:2311.12424', ['rl', 'to-read']],
      ['arxiv:2310.03714', ['rl', 'to-read']],
      ['arxiv:2401.00001', ['rl', 'to-read']],
    ]);
    expect(await db.papers.where('tags').equals('seminar').count()).toBe(0);
    expect(await db.pending.toArray()).toMatchObject([{ flagsOnly: false }]);
  });

  it('writes nothing when every paper is already as asked, and ignores papers not in the library', async () => {
    const db = await library();
    const changed = await editPapers(db, { ids: [IDS[0]!, 'arxiv:9999.99999'], bookmarked: true, read: true, addTags: ['rl'] }, NOW);
    expect(changed).toEqual([]);
    expect(await db.papers.get(IDS[0]!)).toMatchObject({ updatedAt: T0 });
    expect(await db.pending.count()).toBe(0);
  });
});
