/** The five seed captures against their golden files, written from the seeds' text by their grammars. */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/core/parse-page.js';
import { normalizeTitle } from '../../src/core/text.js';
import { fnv1a64BigInt } from './support/fnv.js';
import {
  CAPTURED_AT,
  differences,
  isHeaderLine,
  readGolden,
  readSource,
  seedFiles,
  seedGoldenNames,
} from './support/golden.js';

const EXPECTED_COUNTS: Record<string, number> = {
  'seed-000': 10,
  'seed-001': 14,
  'seed-002': 59,
  'seed-003': 167,
  'seed-004': 10,
};

function parseSeed(name: string) {
  const golden = readGolden(name);
  const result = parsePage({ url: '', text: readSource(golden), now: CAPTURED_AT });
  return { golden, result };
}

describe('seed captures', () => {
  it('has one golden file per seed, each naming its seed', () => {
    const names = seedGoldenNames();
    expect(names).toEqual(Object.keys(EXPECTED_COUNTS));
    names.forEach((name, index) => expect(readGolden(name).file).toBe(`seeds/${seedFiles()[index]}`));
  });

  describe.each(seedGoldenNames())('%s', (name) => {
    const { golden, result } = parseSeed(name);

    it('gives the expected number of papers', () => {
      expect(golden.count).toBe(EXPECTED_COUNTS[name]);
      expect(golden.entries).toHaveLength(golden.count);
      expect(result.entries).toHaveLength(golden.count);
    });

    it('matches the golden file field by field', () => {
      expect(differences(result.entries, golden.entries)).toEqual([]);
    });

    it('is read as page text with no problems', () => {
      expect(result.parser).toBe('page-text');
      expect(result.problems).toEqual([]);
    });

    it('stamps every entry with its source', () => {
      result.entries.forEach((entry, index) => {
        expect(entry.source, `entry ${index + 1}`).toEqual({
          site: '',
          pageUrl: '',
          pageKind: 'text',
          position: index + 1,
          capturedAt: '2025-12-08T12:00:00.000Z',
        });
      });
    });

    it('never takes a header line for a title', () => {
      const headers = result.entries.map((entry) => entry.title ?? '').filter(isHeaderLine);
      expect(headers).toEqual([]);
    });

    it('keys title-only papers by the FNV-1a 64 hash of the normalised title', () => {
      for (const entry of golden.entries) {
        if (entry.arxivId) {
          expect(entry.id).toBe(`arxiv:${entry.arxivId}`);
        } else {
          expect(entry.id, entry.title).toBe(`title:${fnv1a64BigInt(normalizeTitle(entry.title ?? ''))}`);
        }
      }
    });
  });

  it('reads the number after a 002 date as the comment count, never as upvotes', () => {
    const { result } = parseSeed('seed-002');
    expect(result.entries.filter((entry) => entry.upvotes !== undefined)).toEqual([]);
    const rlvr = result.entries.find((entry) => entry.title?.startsWith('Does Reinforcement Learning Really'));
    expect(rlvr).toMatchObject({ publishedAt: '2025-04-18', commentCount: 21, authorCount: 8 });
    const pushing = result.entries.find((entry) => entry.title?.startsWith('Pushing Auto-regressive Models'));
    expect(pushing).toMatchObject({ publishedAt: '2024-02-19', commentCount: 1, authorCount: 12 });
  });

  it('leaves the three 002 entries without a meta block without authors, date or comments', () => {
    const { result } = parseSeed('seed-002');
    const bare = result.entries.filter((entry) => entry.authorCount === undefined);
    expect(bare.map((entry) => entry.title)).toEqual([
      'Pangu Pro MoE: Mixture of Grouped Experts for Efficient Sparsity',
      'Genomic Next-Token Predictors are In-Context Learners',
      'Innate Reasoning is Not Enough: In-Context Learning Enhances Reasoning Large Language Models ' +
        'with Less Overthinking',
    ]);
    for (const entry of bare) {
      expect(entry.publishedAt, entry.title).toBeUndefined();
      expect(entry.commentCount, entry.title).toBeUndefined();
    }
  });

  it('strips the glued Subscribe from the first 003 title', () => {
    const { result } = parseSeed('seed-003');
    expect(result.entries[0]?.title).toBe(
      'Inter-GPS: Interpretable Geometry Problem Solving with Formal Language and Symbolic Reasoning',
    );
  });

  it('gives the 004 records their arXiv ids and comments, and no titles', () => {
    const { result } = parseSeed('seed-004');
    expect(result.entries.every((entry) => entry.title === undefined && entry.arxivId !== undefined)).toBe(true);
    expect(result.entries.at(-1)?.arxivId).toBe('2305.16381');
    expect(result.entries.filter((entry) => entry.arxivComment).map((entry) => entry.arxivComment)).toEqual([
      '19 pages, 11 figures',
      '40 pages,5 figures',
      '7 pages, IAAI 2023',
      'ES-FoMo Workshop at ICML 2023',
    ]);
    // Raw TeX stays as the capture has it.
    expect(result.entries[0]?.abstract).toContain('\\emph{in-context solving}');
    expect(result.entries[0]?.abstract).toContain('10\\%');
  });
});
