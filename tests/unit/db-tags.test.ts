/** Tags across the library: counts, renaming (and merging), deleting. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteTag, renameTag, tagCounts } from '../../src/db/tags.js';
import { DAY, freshDb, paper, store, T0 } from '../fixtures/db/library-db.js';

const LATER = T0 + 10 * DAY;

async function library() {
  const db = freshDb();
  await store(db, [
    paper('2311.12424', { tags: ['rl', 'seminar'] }),
    paper('2310.03714', { tags: ['reinforcement-learning', 'agents'] }),
    paper('2401.00001', { tags: ['rl', 'reinforcement-learning'] }),
    paper('2401.00002', { tags: ['agents'] }),
    paper('2401.00003'),
  ]);
  return db;
}

describe('tags', () => {
  it('are counted per tag, in tag order', async () => {
    const db = await library();
    expect(await tagCounts(db)).toEqual([
      { tag: 'agents', count: 2 },
      { tag: 'reinforcement-learning', count: 2 },
      { tag: 'rl', count: 2 },
      { tag: 'seminar', count: 1 },
    ]);
  });

  it('are renamed on every paper that has them, and only those are written', async () => {
    const db = await library();
    const changed = await renameTag(db, 'seminar', 'reading-group', LATER);
    expect(changed.map((p) => [p.id, p.tags, p.updatedAt])).toEqual([['arxiv:2311.12424', ['rl', 'reading-group'], LATER]]);
    expect((await db.papers.toArray()).filter((p) => p.updatedAt === LATER).map((p) => p.id)).toEqual(['arxiv:2311.12424']);
    expect(await db.pending.toArray()).toEqual([{ seq: 1, ids: ['arxiv:2311.12424'], removed: [], flagsOnly: false }]);
  });

  it('renamed to a tag in use are merged into it, never twice on a paper', async () => {
    const db = await library();
    const changed = await renameTag(db, 'rl', 'reinforcement-learning', LATER);
    expect(changed.map((p) => p.id).sort()).toEqual(['arxiv:2311.12424', 'arxiv:2401.00001']);
    expect(await db.papers.get('arxiv:2401.00001')).toMatchObject({ tags: ['reinforcement-learning'] });
    expect(await db.papers.get('arxiv:2311.12424')).toMatchObject({ tags: ['reinforcement-learning', 'seminar'] });
    expect(await tagCounts(db)).toEqual([
      { tag: 'agents', count: 2 },
      { tag: 'reinforcement-learning', count: 3 },
      { tag: 'seminar', count: 1 },
    ]);
  });

  it('renamed to themselves change nothing', async () => {
    const db = await library();
    expect(await renameTag(db, 'rl', 'rl', LATER)).toEqual([]);
    expect(await db.pending.count()).toBe(0);
  });

  it('are deleted from every paper', async () => {
    const db = await library();
    const changed = await deleteTag(db, 'agents', LATER);
    expect(changed.map((p) => p.id).sort()).toEqual(['arxiv:2310.03714', 'arxiv:2401.00002']);
    expect(await db.papers.where('tags').equals('agents').count()).toBe(0);
    expect(await db.papers.get('arxiv:2310.03714')).toMatchObject({ tags: ['reinforcement-learning'], updatedAt: LATER });
    expect((await tagCounts(db)).map((t) => t.tag)).toEqual(['reinforcement-learning', 'rl', 'seminar']);
  });
});
