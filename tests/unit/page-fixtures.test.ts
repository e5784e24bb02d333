/** The saved pages against their golden files, written from each page's markup and embedded JSON. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html.js';
import { parsePage } from '../../src/core/parse-page.js';
import { differences, isHeaderLine, pageFixtureNames, PAGES_DIR, readGolden, ROOT } from './support/golden.js';

/** Which parser reads each saved page, and what the page itself is. */
const EXPECTED: Record<string, { parser: string; page: Record<string, string> }> = {
  'hf-daily': { parser: 'hf-list', page: { date: '2023-11-22' } },
  'hf-search': { parser: 'hf-list', page: { query: 'in-context learning capacity' } },
  'hf-paper': { parser: 'hf-paper', page: {} },
  'arxiv-list-new': { parser: 'arxiv-list', page: { date: '2023-11-22' } },
  'arxiv-abs': { parser: 'arxiv-abs', page: {} },
};

function parseFixture(name: string) {
  const golden = readGolden(name);
  const document = loadHtml(readFileSync(join(ROOT, golden.file), 'utf8'));
  const result = parsePage({ url: golden.url, document, now: new Date(`${golden.now}T12:00:00Z`) });
  return { golden, result };
}

describe('saved pages', () => {
  it('has a golden file for every saved page', () => {
    expect(pageFixtureNames()).toEqual(Object.keys(EXPECTED).sort());
    for (const name of pageFixtureNames()) expect(readGolden(name).file).toBe(`tests/fixtures/pages/${name}.html`);
  });

  describe.each(Object.keys(EXPECTED))('%s', (name) => {
    const { golden, result } = parseFixture(name);
    const expected = EXPECTED[name]!;

    it('is read by its site parser, with no problems', () => {
      expect(result.parser).toBe(expected.parser);
      const { pageKind: kind, site, url } = golden;
      expect(result.page).toMatchObject({ kind, site, url, ...expected.page });
      expect(result.problems).toEqual([]);
    });

    it('matches the golden file field by field', () => {
      expect(differences(result.entries, golden.entries)).toEqual([]);
    });

    it('stamps every entry with its source', () => {
      result.entries.forEach((entry, index) => {
        expect(entry.source, `entry ${index + 1}`).toEqual({
          site: golden.site,
          pageUrl: golden.url,
          pageKind: golden.pageKind,
          position: index + 1,
          capturedAt: `${golden.now}T12:00:00.000Z`,
        });
      });
    });

    it('links every paper to its PDF', () => {
      for (const entry of result.entries) {
        expect(entry.pdfUrl, entry.id).toBe(`https://arxiv.org/pdf/${entry.arxivId}`);
      }
    });

    it('never takes a header line for a title', () => {
      expect(result.entries.map((entry) => entry.title ?? '').filter(isHeaderLine)).toEqual([]);
    });
  });

  it('reads each Hugging Face list card once, although it holds the paper twice', () => {
    const { result } = parseFixture('hf-daily');
    const ids = result.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const pages = result.entries.map((entry) => `https://huggingface.co/papers/${entry.arxivId}`);
    expect(result.entries.map((entry) => entry.url)).toEqual(pages);
  });

  it('reads the visible search results, not the unrelated papers in the embedded JSON', () => {
    const { result } = parseFixture('hf-search');
    const ids = result.entries.map((entry) => entry.arxivId);
    expect(ids).toEqual(['2504.13837', '2403.13043', '2505.21411', '2205.13147', '2211.15661']);
    expect(ids).not.toContain('2311.12424');
    expect(ids).not.toContain('2310.17513');
  });

  it('infers the year of search-card dates from the capture day', () => {
    const { result } = parseFixture('hf-search');
    expect(result.entries[0]?.publishedAt).toBe('2025-04-18'); // "Apr 18"
    expect(result.entries[2]?.publishedAt).toBe('2025-05-27'); // "May 27"
    const later = parsePage({
      url: readGolden('hf-search').url,
      document: loadHtml(readFileSync(join(PAGES_DIR, 'hf-search.html'), 'utf8')),
      now: new Date('2025-05-01T12:00:00Z'),
    });
    expect(later.entries[0]?.publishedAt).toBe('2025-04-18');
    expect(later.entries[2]?.publishedAt).toBe('2024-05-27');
  });

  it('reads arXiv listing sections in page order: new, cross-lists, replacements', () => {
    const { result } = parseFixture('arxiv-list-new');
    expect(result.entries.map((entry) => entry.arxivId)).toEqual([
      '2311.12424',
      '2310.18297',
      '2311.05217',
      '2310.17513',
      '2305.16381',
    ]);
    expect(result.entries.map((entry) => entry.url)).toEqual(
      result.entries.map((entry) => `https://arxiv.org/abs/${entry.arxivId}`),
    );
  });
});
