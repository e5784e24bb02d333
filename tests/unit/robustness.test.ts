/**
 * Whatever it is given, parsing returns: no exception, no hang, and output a person would call sensible.
 * Large inputs get a generous timeout; nothing here asserts a duration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html.js';
import { parsePage, type ParseResult } from '../../src/core/parse-page.js';
import { differences, isHeaderLine, PAGES_DIR, readGolden, readSource } from './support/golden.js';

const NOW = new Date('2025-12-08T12:00:00Z');
/** Per-test timeout for the large inputs, in milliseconds. */
const LARGE = 20_000;
const TEN_MB = 10 * 1024 * 1024;

function text(input: string): ParseResult {
  return parsePage({ url: '', text: input, now: NOW });
}

function page(html: string, url: string): ParseResult {
  return parsePage({ url, document: loadHtml(html), now: NOW });
}

/** A small seeded PRNG (mulberry32), so the random inputs are the same on every run. */
function randomBytes(seed: number, length: number): Uint8Array {
  let state = seed >>> 0;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}

function fixture(name: string): string {
  return readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8');
}

/** The fixture with the `data-props` of one island replaced by text that is not JSON. */
function withBrokenProps(name: string, target: string): string {
  const html = fixture(name);
  const pattern = new RegExp(`(data-target="${target}" data-props=")[^"]*"`);
  expect(html).toMatch(pattern);
  return html.replace(pattern, '$1{&quot;dailyPapers&quot;:[{&quot;paper&quot;:{&quot;id&quot;:"');
}

describe('empty and blank input', () => {
  it.each([
    ['empty text', ''],
    ['white space only', ' \n\t\r\n \u00a0\u200b\n\n'],
    ['blank lines only', '\n'.repeat(10_000)],
  ])('%s gives no papers and no problems', (_label, input) => {
    const result = text(input);
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('an empty saved page gives no papers', () => {
    const urls = ['https://huggingface.co/papers', 'https://huggingface.co/papers/2310.03714'];
    for (const url of ['', ...urls, 'https://arxiv.org/list/cs.LG/new']) {
      const result = page('', url);
      expect(result.entries, url).toEqual([]);
    }
  });

  it('an empty arXiv abstract page gives only the paper its URL names, with nothing invented', () => {
    const [entry, ...rest] = page('', 'https://arxiv.org/abs/2311.12424v2').entries;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ id: 'arxiv:2311.12424', arxivId: '2311.12424', version: 'v2' });
    expect(entry?.title).toBeUndefined();
    expect(entry?.abstract).toBeUndefined();
    expect(entry?.authors).toBeUndefined();
  });

  it('a site page with neither a document nor text says there is nothing to read', () => {
    const result = parsePage({ url: 'https://huggingface.co/papers/2310.03714', now: NOW });
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual(['there is no page to read']);
  });
});

describe('random bytes', () => {
  const bytes = randomBytes(20_251_208, 1 << 20);

  it.each(['utf-8', 'latin1'])('decoded as %s give no papers', (encoding) => {
    const result = text(new TextDecoder(encoding).decode(bytes));
    expect(result.entries).toEqual([]);
  }, LARGE);

  it('read as a saved page give no papers', () => {
    const html = new TextDecoder('latin1').decode(bytes.subarray(0, 1 << 16));
    for (const url of ['', 'https://huggingface.co/papers', 'https://arxiv.org/list/cs.LG/new']) {
      expect(page(html, url).entries, url).toEqual([]);
    }
  }, LARGE);

  it('with several seeds give no papers', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const chunk = randomBytes(seed, 1 << 16);
      expect(text(new TextDecoder('utf-8').decode(chunk)).entries, `seed ${seed}`).toEqual([]);
      expect(text(new TextDecoder('latin1').decode(chunk)).entries, `seed ${seed}`).toEqual([]);
    }
  }, LARGE);
});

describe('large pages', () => {
  it('reads a 10 MB page of seed 003 captures pasted one after another as its 167 papers', () => {
    const golden = readGolden('seed-003');
    const capture = readSource(golden);
    const copies = Math.ceil(TEN_MB / capture.length);
    const big = Array.from({ length: copies }, () => capture).join('\n');
    expect(big.length).toBeGreaterThanOrEqual(TEN_MB);
    const result = text(big);
    expect(result.entries.map((entry) => entry.id)).toEqual(golden.entries.map((entry) => entry.id));
    expect(result.entries.map((entry) => entry.title).filter((title) => isHeaderLine(title ?? ''))).toEqual([]);
  }, LARGE);

  it('reads a 10 MB single line without a title as no paper, and says why', () => {
    const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(Math.ceil(TEN_MB / 57));
    const result = text(line);
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual(['1 record had neither a title nor an arXiv id and was skipped']);
  }, LARGE);

  it('reads a 10 MB single line of letters without spaces as no paper', () => {
    expect(text('x'.repeat(TEN_MB)).entries).toEqual([]);
  }, LARGE);
});

describe('header lines only', () => {
  it('give no papers', () => {
    const header = [
      'new',
      'Get trending papers in your email inbox once a day!',
      'Get trending papers in your email inbox!',
      'Subscribe',
      'Daily Papers',
      'byAK and the research community',
      'Mar 12',
    ];
    expect(text(header.join('\n\n')).entries).toEqual([]);
    expect(text(header.join('\n')).entries).toEqual([]);
    expect(text(Array.from({ length: 1000 }, () => header.join('\n')).join('\n')).entries).toEqual([]);
  });
});

describe('deeply nested HTML', () => {
  const DEPTH = 20_000;
  const card =
    '<article><h3><a href="/papers/2311.12424">' +
    'Looped Transformers are Better at Learning Learning Algorithms</a></h3>' +
    '<p class="line-clamp-2">Transformers have demonstrated effectiveness in in-context solving.</p></article>';

  it('reads the card at the bottom of 20,000 nested elements', () => {
    const html = `<html><body>${'<div>'.repeat(DEPTH)}${card}${'</div>'.repeat(DEPTH)}</body></html>`;
    const result = page(html, 'https://huggingface.co/papers/date/2023-11-22');
    expect(result.entries.map((entry) => [entry.id, entry.title])).toEqual([
      ['arxiv:2311.12424', 'Looped Transformers are Better at Learning Learning Algorithms'],
    ]);
  }, LARGE);

  it('reads nested elements of an unknown site as text without failing', () => {
    const html = `<html><body>${'<div><span>'.repeat(DEPTH / 2)}Menu${'</span></div>'.repeat(DEPTH / 2)}</body></html>`;
    const result = page(html, 'https://example.com/');
    expect(result.parser).toBe('page-text');
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual([]);
  }, LARGE);

  it('survives unclosed elements', () => {
    const html = `<html><body>${'<div><p><span>'.repeat(5_000)}${card}`;
    const result = page(html, 'https://huggingface.co/papers');
    expect(result.entries.map((entry) => entry.id)).toEqual(['arxiv:2311.12424']);
  }, LARGE);
});

describe('broken embedded JSON', () => {
  it('falls back to the cards of a list page and reports the problem', () => {
    const golden = readGolden('hf-daily');
    const result = page(withBrokenProps('hf-daily', 'DailyPapers'), golden.url);
    expect(result.parser).toBe('hf-list');
    expect(result.problems).toEqual(["the page's embedded DailyPapers data is not valid JSON"]);
    // What every card shows: title, date, upvotes; the author count where the card shows one.
    expect(result.entries.map((entry) => [entry.id, entry.title, entry.publishedAt, entry.upvotes])).toEqual(
      golden.entries.map((entry) => [entry.id, entry.title, entry.publishedAt, entry.upvotes]),
    );
    expect(result.entries.map((entry) => entry.authorCount)).toEqual([4, 2, 10, undefined, 6]);
  });

  it('falls back to the visible paper page and reports the problem', () => {
    const golden = readGolden('hf-paper');
    const result = page(withBrokenProps('hf-paper', 'PaperContent'), golden.url);
    expect(result.parser).toBe('hf-paper');
    expect(result.problems).toEqual(["the page's embedded PaperContent data is not valid JSON"]);
    expect(differences(result.entries, golden.entries)).toEqual([]);
  });

  it('still reads the visible search results when the JSON is broken', () => {
    const golden = readGolden('hf-search');
    const result = page(withBrokenProps('hf-search', 'DailyPapers'), golden.url);
    expect(result.problems).toEqual(["the page's embedded DailyPapers data is not valid JSON"]);
    expect(differences(result.entries, golden.entries)).toEqual([]);
  });

  it('reads an arXiv abstract page without its citation tags from the visible page', () => {
    const golden = readGolden('arxiv-abs');
    const html = fixture('arxiv-abs').replace(/<meta name="citation_[^>]*>/g, '');
    expect(html).not.toContain('citation_title');
    const result = page(html, golden.url);
    expect(result.problems).toEqual([]);
    expect(differences(result.entries, golden.entries)).toEqual([]);
  });
});
