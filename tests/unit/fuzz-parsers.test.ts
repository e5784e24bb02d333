/**
 * The parsers against thousands of damaged copies of the real seeds and saved pages: cut short, slices
 * deleted, copied or swapped, markup, quotes, braces and control characters inserted, the embedded JSON
 * corrupted, cards repeated, elements nested deep. Whatever the page, reading it must not throw, every
 * paper it gives must be one the background accepts, with its canonical id, and the same page must give
 * the same papers every time. Inputs are drawn by fast-check; a failure prints the seed and the shrunk
 * list of edits. `npm run bench -- fuzz` runs the same mutators at a larger scale and times them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html.js';
import { parseBareArxivId } from '../../src/core/arxiv-id.js';
import type { Entry } from '../../src/core/entry.js';
import { validateMessage } from '../../src/core/messages.js';
import { parsePage, parseText, type ParseResult } from '../../src/core/parse-page.js';
import { titleKey } from '../../src/core/paper-key.js';
import { collapseWhitespace } from '../../src/core/text.js';
import { validateEntry } from '../../src/core/validate-entry.js';
import { PAGES, SEEDS } from './support/fuzz-corpus.js';
import { applyHtmlMutations, applyTextMutations, htmlMutation, htmlMutations, sameData, textMutations } from './support/mutate.js';

/** Runs per property: together a few thousand inputs, a few seconds on a shared 2-core machine. */
const RUNS = { text: 800, textOfPage: 300, html: 250, props: 150 };
/** Per-test limit: generous, for a machine busy with other work (nothing here asserts a duration). */
const TIMEOUT = 60_000;

const NOWS = [
  new Date('2025-12-08T12:00:00Z'),
  new Date('2026-11-29T09:30:00Z'),
  new Date('2024-02-29T23:59:59Z'),
  new Date('2001-01-01T00:00:00Z'),
];

const HF_PAGES = PAGES.filter((page) => page.name.startsWith('hf-'));

/** URLs a page of each site may be read under: its own, another page of the site, none, not a URL. */
const SITE_URLS = {
  hf: [
    'https://huggingface.co/papers',
    'https://huggingface.co/papers/date/2023-11-22',
    'https://huggingface.co/papers/week/2023-W47',
    'https://huggingface.co/papers/month/2023-11',
    'https://huggingface.co/papers/trending',
    'https://huggingface.co/papers?q=in-context+learning',
    'https://huggingface.co/papers?q=%20',
    'https://huggingface.co/openai/papers',
    'https://huggingface.co/papers/2310.03714',
    'https://huggingface.co/papers/2311.12424v3',
    'https://huggingface.co/papers/hep-th/9901001',
    'https://www.huggingface.co/papers/not-an-id',
  ],
  arxiv: [
    'https://arxiv.org/list/cs.LG/new',
    'https://arxiv.org/list/cs.LG/recent?skip=0&show=2000',
    'https://arxiv.org/list/cs.LG/pastweek',
    'https://arxiv.org/abs/2311.12424',
    'https://arxiv.org/abs/2311.12424v2',
    'https://export.arxiv.org/abs/hep-th/9901001v1',
    'https://arxiv.org/abs/garbage',
  ],
  none: ['', 'not a url', 'file:///home/me/saved.html', 'https://example.org/newsletter'],
};

function urlsFor(pageUrl: string): fc.Arbitrary<string> {
  const site = pageUrl.includes('huggingface.co') ? SITE_URLS.hf : SITE_URLS.arxiv;
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(pageUrl) },
    { weight: 3, arbitrary: fc.constantFrom(...site) },
    { weight: 1, arbitrary: fc.constantFrom(...SITE_URLS.none) },
  );
}

const now = (): fc.Arbitrary<Date> => fc.constantFrom(...NOWS);

/** Longest part of a seed a run reads: the large seeds (100–226 KB) are read a window at a time. */
const WINDOW = 24_000;

/** A seed, or a window of whole lines of a large one. */
function seedWindow(): fc.Arbitrary<string> {
  return fc.record({ seed: fc.nat({ max: SEEDS.length - 1 }), start: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ seed, start }) => {
    const text = SEEDS[seed]!;
    if (text.length <= WINDOW) return text;
    const from = text.indexOf('\n', Math.floor(start * (text.length - WINDOW))) + 1;
    return text.slice(from, text.lastIndexOf('\n', from + WINDOW));
  });
}

/** What every reading must be, whatever the input. */
function expectSound(result: ParseResult, url: string): void {
  // The registry's guard catches a parser that throws; a parser that needs it has a bug.
  expect(result.problems.filter((problem) => /could not be read/.test(problem))).toEqual([]);
  expect(result.page.url).toBe(url);
  expect(result.entries.flatMap((entry, index) => entryFaults(entry, index, result))).toEqual([]);
  // What the page gave, the background takes: a capture message with these entries passes its checks.
  const payload = { page: result.page, entries: result.entries, newView: true };
  expectSame(validateMessage({ type: 'capture', payload }), { message: { type: 'capture', payload } }, 'capture message');
}

/** What is wrong with one entry, in words (collected rather than asserted one by one: pages have hundreds). */
function entryFaults(entry: Entry, index: number, result: ParseResult): string[] {
  const faults: string[] = [];
  const fault = (what: string): number => faults.push(`entry ${index + 1} (${entry.id}): ${what}`);
  if (!sameData(validateEntry(entry), entry)) fault(`validateEntry changes or refuses it: ${JSON.stringify(validateEntry(entry))}`);
  if (entry.arxivId !== undefined) {
    if (entry.id !== `arxiv:${entry.arxivId}`) fault(`id is not arxiv:${entry.arxivId}`);
    if (parseBareArxivId(entry.arxivId)?.id !== entry.arxivId || parseBareArxivId(entry.arxivId)?.version) {
      fault(`arXiv id ${entry.arxivId} is not canonical`);
    }
  } else if (entry.title === undefined || entry.id !== titleKey(entry.title)) {
    fault('an entry without an arXiv id has no title key as its id');
  }
  if (!/^(arxiv:\S+|title:[0-9a-f]{16})$/.test(entry.id)) fault('malformed id');
  if (entry.version !== undefined && !/^v\d+$/.test(entry.version)) fault(`version ${entry.version}`);
  if (result.entries.findIndex((other) => other.id === entry.id) !== index) fault('the same paper twice');
  const { source } = entry;
  if (source.pageUrl !== result.page.url || source.pageKind !== result.page.kind || source.position !== index + 1) {
    fault(`source ${JSON.stringify(source)} does not match the page`);
  }
  if (entry.title !== undefined && collapseWhitespace(entry.title) !== entry.title) fault('title white space not collapsed');
  for (const link of [entry.url, entry.pdfUrl, entry.githubUrl, entry.projectUrl]) {
    if (link !== undefined && !isWebUrl(link)) fault(`link ${JSON.stringify(link)} is not a web URL`);
  }
  return faults;
}

/** toEqual, with a fast check first: the deep comparison with its readable diff runs only on a difference. */
function expectSame(actual: unknown, expected: unknown, label: string): void {
  if (!sameData(actual, expected)) expect(actual, label).toEqual(expected);
}

function isWebUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

describe('inputs the fuzzing found', () => {
  const daily = PAGES.find((page) => page.name === 'hf-daily')!;

  /** The daily page with its first paper's fields in the embedded JSON changed. */
  function dailyWith(change: (paper: Record<string, unknown>, item: Record<string, unknown>) => void): Document {
    const mutated = daily.html.replace(/(data-target="DailyPapers" data-props=")([^"]*)"/, (_, start: string, props: string) => {
      const json = JSON.parse(props.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as { dailyPapers: Record<string, unknown>[] };
      change(json.dailyPapers[0]!['paper'] as Record<string, unknown>, json.dailyPapers[0]!);
      return `${start}${JSON.stringify(json).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    });
    return loadHtml(mutated);
  }

  it('negative counts and links that are no URL in the embedded JSON are left out, the paper kept', () => {
    const document = dailyWith((paper, item) => {
      paper['upvotes'] = -1;
      item['numComments'] = -3;
      paper['githubRepo'] = 'https://<github.com/Leiay/looped_transformer';
    });
    const result = parsePage({ url: daily.url, document, now: NOWS[0]! });
    expectSound(result, daily.url);
    expect(result.entries).toHaveLength(5);
    expect(result.entries[0]).not.toHaveProperty('upvotes');
    expect(result.entries[0]).not.toHaveProperty('commentCount');
    expect(result.entries[0]).not.toHaveProperty('githubUrl');
  });

  it('a title longer than any real one is left out, and the capture still passes the checks', () => {
    const document = dailyWith((paper) => {
      paper['title'] = 'Long title. '.repeat(10_000);
    });
    const result = parsePage({ url: daily.url, document, now: NOWS[0]! });
    expectSound(result, daily.url);
    expect(result.entries[0]).toMatchObject({ id: 'arxiv:2311.12424' });
    expect(result.entries[0]).not.toHaveProperty('title');
  });

  it('an empty saved page reads as no papers, without an error', () => {
    expect(parsePage({ url: '', document: loadHtml(''), now: NOWS[0]! })).toMatchObject({ entries: [], problems: [] });
  });
});

describe('fuzzed page text', { timeout: TIMEOUT }, () => {
  it('damaged seeds: parsing never throws, every paper is valid with its canonical id, the same text reads the same', () => {
    fc.assert(
      fc.property(seedWindow(), textMutations(), now(), (seed, mutations, at) => {
        const text = applyTextMutations(seed, mutations);
        const first = parseText({ url: '', text, now: at });
        expectSound(first, '');
        // Text without a URL is read by the same parser whichever entry point is used, the same each time.
        expectSame(parsePage({ url: '', text, now: at }), first, 'read again');
      }),
      { numRuns: RUNS.text },
    );
  });

  it('damaged saved pages pasted as text (markup and all) read soundly', () => {
    fc.assert(
      fc.property(fc.nat({ max: PAGES.length - 1 }), htmlMutations(), now(), (page, mutations, at) => {
        const text = applyHtmlMutations(PAGES[page]!.html, mutations);
        const first = parseText({ url: PAGES[page]!.url, text, now: at });
        expectSound(first, PAGES[page]!.url);
        expectSame(parseText({ url: PAGES[page]!.url, text, now: at }), first, 'read again');
      }),
      { numRuns: RUNS.textOfPage },
    );
  });
});

describe('fuzzed saved pages', { timeout: TIMEOUT }, () => {
  const pageIndex = fc.nat({ max: PAGES.length - 1 });
  const input = pageIndex.chain((index) =>
    fc.record({ index: fc.constant(index), url: urlsFor(PAGES[index]!.url), mutations: htmlMutations(), now: now() }),
  );

  it('damaged pages, under their own or another URL of the site: never throw, valid papers, canonical ids, deterministic', () => {
    fc.assert(
      fc.property(input, ({ index, url, mutations, now: at }) => {
        const html = applyHtmlMutations(PAGES[index]!.html, mutations);
        const document = loadHtml(html);
        const first = parsePage({ url, document, now: at });
        expectSound(first, url);
        // Reading does not change the page: the same document reads the same again.
        expectSame(parsePage({ url, document, now: at }), first, 'read again');
      }),
      { numRuns: RUNS.html },
    );
  });

  it('Hugging Face pages with corrupted embedded JSON read soundly', () => {
    const propsOnly = htmlMutation().filter((mutation) => mutation.kind === 'props' || mutation.kind === 'propsText');
    const hfInput = fc.nat({ max: HF_PAGES.length - 1 }).chain((index) =>
      fc.record({
        index: fc.constant(index),
        url: urlsFor(HF_PAGES[index]!.url),
        mutations: fc.array(propsOnly, { minLength: 1, maxLength: 3 }),
        now: now(),
      }),
    );
    fc.assert(
      fc.property(hfInput, ({ index, url, mutations, now: at }) => {
        const document = loadHtml(applyHtmlMutations(HF_PAGES[index]!.html, mutations));
        const first = parsePage({ url, document, now: at });
        expectSound(first, url);
        expectSame(parsePage({ url, document, now: at }), first, 'read again');
      }),
      { numRuns: RUNS.props },
    );
  });
});
