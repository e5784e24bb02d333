import { describe, expect, it } from 'vitest';
import { readLibraryFile, writeLibraryFile } from '../../src/core/library-file.js';
import type { Paper, Sighting } from '../../src/core/paper.js';

const PAPER: Paper = {
  id: 'arxiv:2311.12424',
  arxivId: '2311.12424',
  title: 'Looped Transformers are Better at Learning Learning Algorithms',
  abstract: 'Transformers have demonstrated effectiveness …',
  authors: ['Liu Yang', 'Kangwook Lee'],
  authorCount: 4,
  titleKey: 'title:5106e03638ed2f73',
  sites: ['huggingface.co', 'arxiv.org'],
  firstSeenAt: 1_700_000_000_000,
  lastSeenAt: 1_700_100_000_000,
  updatedAt: 1_700_100_000_000,
  bookmarkedAt: 1_700_050_000_000,
  tags: ['rl', 'seminar'],
  note: 'Read for Friday',
  seenOn: { pageKind: 'hf-daily', site: 'huggingface.co', pageUrl: 'https://huggingface.co/papers', date: '2023-11-22' },
};
const SIGHTING: Sighting = {
  key: 'arxiv:2311.12424 2023-11-22 https://huggingface.co/papers',
  paperId: 'arxiv:2311.12424',
  pageUrl: 'https://huggingface.co/papers',
  pageKind: 'hf-daily',
  site: 'huggingface.co',
  date: '2023-11-22',
  position: 1,
  upvotes: 12,
  seenAt: 1_700_100_000_000,
};

describe('library files', () => {
  it('read back exactly what was written', () => {
    const text = writeLibraryFile([PAPER], [SIGHTING], new Date('2026-11-29T12:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'paperdex-library', version: 1, exportedAt: '2026-11-29T12:00:00.000Z' });
    expect(readLibraryFile(text)).toEqual({ ok: true, papers: [PAPER], sightings: [SIGHTING], skipped: [] });
  });

  it.each([
    ['a truncated file', (text: string) => text.slice(0, text.length / 2), /not valid JSON/],
    ['another JSON file', () => JSON.stringify({ hello: 'world' }), /not a Paperdex library/],
    ['a newer format', (text: string) => text.replace('"version":1', '"version":9'), /newer Paperdex/],
    ['no papers', () => JSON.stringify({ format: 'paperdex-library', version: 1 }), /no list of papers/],
  ])('refuse %s whole, saying why', (_, corrupt, reason) => {
    const reading = readLibraryFile(corrupt(writeLibraryFile([PAPER], [SIGHTING], new Date())));
    expect(reading).toEqual({ ok: false, error: expect.stringMatching(reason) });
  });

  it('keep the readable records and say how many were not', () => {
    const broken = [
      PAPER,
      { ...PAPER, id: 'not-an-id' },
      { ...PAPER, id: 'arxiv:2401.00001', firstSeenAt: 'yesterday' },
      { ...PAPER, id: 'arxiv:2401.00002', tags: [1, 2] },
      { ...PAPER, id: 'arxiv:2401.00003', upvotes: -3 },
    ];
    const text = JSON.stringify({ format: 'paperdex-library', version: 1, papers: broken, sightings: [SIGHTING, { key: 'x' }] });
    expect(readLibraryFile(text)).toEqual({
      ok: true,
      papers: [PAPER],
      sightings: [SIGHTING],
      skipped: ['4 unreadable papers skipped', '1 unreadable sighting skipped'],
    });
  });

  it('take only known fields, and normalise tags', () => {
    const text = JSON.stringify({
      format: 'paperdex-library',
      version: 1,
      papers: [{ ...PAPER, tags: ['#Reading Group'], evil: '<img onerror>', titleKey: 'nonsense' }],
      sightings: [],
    });
    const reading = readLibraryFile(text);
    expect(reading.ok && reading.papers[0]).toEqual({ ...PAPER, tags: ['reading-group'], titleKey: undefined });
  });
});
