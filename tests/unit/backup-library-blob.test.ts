/** The backup file: the whole library as a Paperdex library file, read in pages but written as one. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { readLibraryFile, writeLibraryFile } from '../../src/core/library-file.js';
import type { Paper, Sighting } from '../../src/core/paper.js';
import { db } from '../../src/db/schema.js';
import { libraryBlob } from '../../src/offscreen/library-blob.js';

const NOW = new Date('2026-11-29T09:05:00Z');
const T0 = 1_790_000_000_000;

function paper(n: number, extra: Partial<Paper> = {}): Paper {
  const arxivId = `2401.${String(n).padStart(5, '0')}`;
  return {
    id: `arxiv:${arxivId}`,
    arxivId,
    title: `Paper ${n}`,
    authors: ['Ada Lovelace', 'Émilie du Châtelet'],
    sites: ['huggingface.co'],
    firstSeenAt: T0 + n,
    lastSeenAt: T0 + n,
    updatedAt: T0 + n,
    tags: [],
    note: '',
    ...extra,
  };
}

function sighting(p: Paper, day: number): Sighting {
  const pageUrl = `https://huggingface.co/papers/date/2026-11-${String(day).padStart(2, '0')}`;
  return { key: `${p.id} 2026-11-${day} ${pageUrl}`, paperId: p.id, pageUrl, pageKind: 'hf-daily', site: 'huggingface.co', position: 1, seenAt: T0 + day };
}

beforeEach(async () => {
  await db.papers.clear();
  await db.sightings.clear();
});

describe('the backup file', () => {
  it('is exactly the library file of every paper and sighting, however many pages it is read in', async () => {
    const papers = [paper(3, { note: 'ünïcödé ✓ “quotes” \\ and \n lines', tags: ['rl'], bookmarkedAt: T0 }), paper(1), paper(2), paper(10), paper(4)];
    const sightings = papers.flatMap((p, i) => [sighting(p, 1), ...(i % 2 ? [sighting(p, 2), sighting(p, 3)] : [])]);
    await db.papers.bulkPut(papers);
    await db.sightings.bulkPut(sightings);
    const byId = [...papers].sort((a, b) => (a.id < b.id ? -1 : 1));
    const byKey = [...sightings].sort((a, b) => (a.key < b.key ? -1 : 1));
    const expected = writeLibraryFile(byId, byKey, NOW);
    for (const pageSize of [1, 2, 3, 1000]) {
      const { blob, papers: count } = await libraryBlob(NOW, pageSize);
      expect(count).toBe(5);
      expect(await blob.text()).toBe(expected);
      expect(blob.type).toBe('application/json');
    }
    const reading = readLibraryFile(await (await libraryBlob(NOW, 2)).blob.text());
    expect(reading).toEqual({ ok: true, papers: byId, sightings: byKey, skipped: [] });
  });

  it('of an empty library is a valid library file with no papers', async () => {
    const { blob, papers } = await libraryBlob(NOW, 2);
    expect(papers).toBe(0);
    expect(await blob.text()).toBe(writeLibraryFile([], [], NOW));
  });

});
