/**
 * The fuzz benchmark's page side, bundled with esbuild and driven from bench/fuzz.ts through
 * `globalThis.PaperdexFuzz`: builds damaged inputs with the unit tests' mutators (tests/unit/support/
 * mutate.ts) at the benchmark's scale, and times each parser and importer on each input. Only the reading is
 * timed: not building the input, not the browser's own HTML or JSON parsing before it.
 */
import fc from 'fast-check';
import type { Entry } from '../src/core/entry.js';
import { readBibtex } from '../src/core/formats/bibtex-read.js';
import { detectFormat } from '../src/core/formats/detect-format.js';
import { readIdList } from '../src/core/formats/id-list-read.js';
import { readDigestText } from '../src/core/formats/read-digest.js';
import { readPaperdex } from '../src/core/formats/read-paperdex.js';
import type { ImportReading } from '../src/core/import-types.js';
import { readLibraryFile, validatePaper, writeLibraryFile } from '../src/core/library-file.js';
import { validateMessage } from '../src/core/messages.js';
import type { Paper, Sighting } from '../src/core/paper.js';
import { parsePage, parseText, type PageInfo } from '../src/core/parse-page.js';
import { validateEntry } from '../src/core/validate-entry.js';
import {
  applyDocumentMutations,
  applyHtmlMutations,
  applyTextMutations,
  BENCH_SCALE,
  documentMutations,
  htmlMutations,
  sameData,
  textMutations,
  type DocumentMutation,
  type ElementName,
  type HtmlMutation,
  type TextMutation,
} from '../tests/unit/support/mutate.js';

export interface Corpus {
  pages: { name: string; html: string; url: string }[];
  seeds: string[];
  papers: Paper[];
  sightings: Sighting[];
  messages: Record<string, unknown>;
  /** The library as BibTeX, one entry each. */
  bibtex: string[];
  /** The library's arXiv ids as a pasted list, a line each. */
  idLines: string[];
}

export interface TargetResult {
  inputs: number;
  /** Inputs of 100 KB or more (up to the 1,000,000 characters inputs are cut to). */
  large: number;
  largestKB: number;
  /** The slowest input's time per 100 KB (inputs under 100 KB count as 100 KB), median of 5 re-runs. */
  worstMsPer100KB: number;
  /** What that input was, to reproduce it. */
  worst: { kb: number; ms: number; source: string; mutations: string };
  /** Thrown errors, parser failures caught by the registry's guard, or output the checks refuse. */
  faults: number;
  faultExamples: string[];
}

/** An input as data, rebuilt on demand (inputs are up to 1 MB: only the slowest few are kept). */
interface Case {
  source: number;
  /** Size the input is grown to before mutating, or 0. */
  grow: number;
  mutations: unknown[];
}

interface Target {
  sources: number;
  /** Mutation lists, drawn by fast-check. */
  mutations: fc.Arbitrary<unknown[]>;
  build(item: Case): { input: unknown; bytes: number; label: string };
  /** Reads the input: what is timed. */
  read(input: unknown): unknown;
  /** What is wrong with a reading (empty when nothing); not timed. */
  check(output: unknown): string[];
}

/** Inputs are cut to this many characters (about 1 MB). */
const MAX_CHARS = 1_000_000;
const NOW = new Date('2026-11-29T12:00:00Z');
const encoder = new TextEncoder();
let corpus: Corpus | undefined;

export function setCorpus(value: Corpus): void {
  corpus = value;
}

export const TARGETS = [
  'hf-list', 'hf-paper', 'arxiv-list', 'arxiv-abs', 'page-text', 'library-file', 'messages',
  'import-bibtex', 'import-ids', 'import-paperdex', 'import-digest', 'detect-format',
] as const;

/** Which saved pages each page parser reads, and the elements repeated to make them large. */
const PAGE_TARGETS: Record<string, { pages: string[]; grow: ElementName[] }> = {
  'hf-list': { pages: ['hf-daily', 'hf-search'], grow: ['article'] },
  'hf-paper': { pages: ['hf-paper'], grow: ['paragraph', 'avatar', 'heading'] },
  'arxiv-list': { pages: ['arxiv-list-new'], grow: ['item'] },
  'arxiv-abs': { pages: ['arxiv-abs'], grow: ['meta', 'paragraph'] },
};

function capped(text: string): string {
  return text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
}

/** A parser needing the registry's guard (it threw), or giving an entry the background would refuse. */
function parseFaults(output: unknown): string[] {
  const result = output as ReturnType<typeof parsePage>;
  const invalid = result.entries.filter((entry) => validateEntry(entry) === undefined).map((entry) => `invalid entry ${entry.id}`);
  return [...result.problems.filter((problem) => /could not be read/.test(problem)), ...invalid];
}

function pageTarget(name: string): Target {
  const { pages: names, grow } = PAGE_TARGETS[name]!;
  const pages = corpus!.pages.filter((page) => names.includes(page.name));
  const parser = new DOMParser();
  return {
    sources: pages.length,
    mutations: htmlMutations(BENCH_SCALE),
    build: (item) => {
      const page = pages[item.source]!;
      const growth: HtmlMutation[] = item.grow
        ? [{ kind: 'growElement', element: grow[item.grow % grow.length]!, which: 0.5, size: item.grow }]
        : [];
      const html = capped(applyHtmlMutations(page.html, [...growth, ...(item.mutations as HtmlMutation[])]));
      return { input: { html, url: page.url, document: parser.parseFromString(html, 'text/html') }, bytes: encoder.encode(html).length, label: page.name };
    },
    read: (input) => {
      const { url, document } = input as { url: string; document: Document };
      return parsePage({ url, document, now: NOW });
    },
    check: parseFaults,
  };
}

function textTarget(): Target {
  const texts = [...corpus!.seeds, ...corpus!.pages.map((page) => page.html)];
  return {
    sources: texts.length,
    mutations: textMutations(BENCH_SCALE),
    build: (item) => {
      const growth: TextMutation[] = item.grow ? [{ kind: 'grow', at: 0.3, length: 20_000, size: item.grow }] : [];
      const text = capped(applyTextMutations(texts[item.source]!, [...growth, ...(item.mutations as TextMutation[])]));
      const label = item.source < corpus!.seeds.length ? `seed ${item.source}` : `${corpus!.pages[item.source - corpus!.seeds.length]!.name} as text`;
      return { input: text, bytes: encoder.encode(text).length, label };
    },
    read: (input) => parseText({ url: '', text: input as string, now: NOW }),
    check: parseFaults,
  };
}

/** A list repeated until its JSON is about `bytes` long. */
function repeatedTo<T>(items: readonly T[], bytes: number): T[] {
  const each = Math.max(1, JSON.stringify(items).length / Math.max(1, items.length));
  const count = Math.ceil(bytes / each);
  return Array.from({ length: count }, (_, i) => items[i % items.length]!);
}

/** Papers from an import that the checks would change or refuse: should be none. */
function importFaults(output: unknown): string[] {
  const reading = output as ImportReading;
  return reading.papers.filter((paper) => !sameData(validatePaper(paper), paper)).map((paper) => `paper ${paper.id} changes when checked again`);
}

/**
 * A reader of text made of pieces (BibTeX entries, lines of ids, seeds): a run of pieces from `source` on,
 * or all of them repeated to the size wanted, then damaged.
 */
function piecesTarget(pieces: readonly string[], separator: string, read: (text: string) => unknown, check: (output: unknown) => string[]): Target {
  return {
    sources: pieces.length,
    mutations: textMutations(BENCH_SCALE),
    build: (item) => {
      const part = item.grow ? repeatedTo(pieces, item.grow) : pieces.slice(item.source, item.source + 1 + (item.source % 40));
      const text = capped(applyTextMutations(part.join(separator), item.mutations as TextMutation[]));
      return { input: text, bytes: encoder.encode(text).length, label: `${part.length} pieces` };
    },
    read: (input) => read(input as string),
    check,
  };
}

function libraryTarget(read: (text: string) => unknown = readLibraryFile, check: (output: unknown) => string[] = libraryFaults): Target {
  const { papers, sightings } = corpus!;
  return {
    sources: papers.length,
    mutations: documentMutations(BENCH_SCALE),
    build: (item) => {
      // A part of the library from the paper `source` on, or the whole of it repeated to the size wanted.
      const part = item.grow ? repeatedTo(papers, item.grow * 0.9) : papers.slice(item.source, item.source + 1 + (item.source % 40));
      const ids = new Set(part.map((paper) => paper.id));
      const text = writeLibraryFile(part, sightings.filter((s) => ids.has(s.paperId)), NOW);
      const damaged = capped(applyDocumentMutations(text, item.mutations as DocumentMutation[]));
      return { input: damaged, bytes: encoder.encode(damaged).length, label: `${part.length} papers` };
    },
    read: (input) => read(input as string),
    check,
  };
}

function libraryFaults(output: unknown): string[] {
  const reading = output as ReturnType<typeof readLibraryFile>;
  return reading.ok ? importFaults({ papers: reading.papers }) : [];
}

function messageTarget(): Target {
  const types = Object.keys(corpus!.messages);
  const capture = corpus!.messages['capture'] as { page: PageInfo; entries: Entry[]; newView: boolean };
  const allEntries = corpus!.papers.map((paper, i) => ({
    ...paper,
    source: { ...capture.entries[0]!.source, position: i + 1 },
  }));
  return {
    sources: types.length,
    mutations: documentMutations(BENCH_SCALE),
    build: (item) => {
      const type = types[item.source]!;
      // Large messages are the two that carry many records: a capture, an import.
      const message =
        !item.grow ? { type, payload: corpus!.messages[type] }
        : type === 'library/import' ? { type, payload: { papers: repeatedTo(corpus!.papers, item.grow), sightings: [] } }
        : { type: 'capture', payload: { ...capture, entries: repeatedTo(allEntries, item.grow) } };
      const text = capped(applyDocumentMutations(JSON.stringify(message), item.mutations as DocumentMutation[]));
      let received: unknown;
      try {
        received = JSON.parse(text);
      } catch {
        received = text;
      }
      return { input: received, bytes: encoder.encode(text).length, label: type };
    },
    read: (input) => validateMessage(input),
    check: (output) => {
      const result = output as ReturnType<typeof validateMessage>;
      return 'message' in result && !Object.hasOwn(corpus!.messages, result.message.type) ? ['accepted an unknown type'] : [];
    },
  };
}

function targetOf(name: string): Target {
  if (name in PAGE_TARGETS) return pageTarget(name);
  if (name === 'page-text') return textTarget();
  if (name === 'library-file') return libraryTarget();
  if (name === 'messages') return messageTarget();
  const now = NOW.getTime();
  const { bibtex, idLines, seeds } = corpus!;
  if (name === 'import-bibtex') return piecesTarget(bibtex, '\n\n', (text) => readBibtex(text, now), importFaults);
  if (name === 'import-ids') return piecesTarget(idLines, '\n', (text) => readIdList(text, now), importFaults);
  if (name === 'import-paperdex') return libraryTarget(readPaperdex, importFaults);
  // Seeds split into lines: runs of lines of any of them (a window of a digest), or all repeated.
  const lines = seeds.flatMap((seed) => seed.split('\n'));
  if (name === 'import-digest') return piecesTarget(lines, '\n', (text) => readDigestText(text, now), importFaults);
  if (name === 'detect-format') {
    // Every kind of file the import is given, mixed: BibTeX, ids, digest text, library files, saved pages.
    const files = [...bibtex.slice(0, 60), ...idLines.slice(0, 60), ...lines.slice(0, 60), ...corpus!.pages.map((page) => page.html)];
    return piecesTarget(files, '\n', (text) => detectFormat(text), () => []);
  }
  throw new Error(`no fuzz target ${name}`);
}

function timeOnce(target: Target, input: unknown): { ms: number; faults: string[] } {
  const start = performance.now();
  let output: unknown;
  try {
    output = target.read(input);
  } catch (error) {
    return { ms: performance.now() - start, faults: [`threw: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const ms = performance.now() - start;
  return { ms, faults: target.check(output) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Times `count` inputs for one target: three in four are the real inputs damaged at the benchmark's scale,
 * one in four is first grown to a size spread evenly over 100 KB – 1 MB. The 5 slowest per 100 KB are run
 * 5 times more and their median kept, so a garbage collection landing on one run does not count as the
 * parser's.
 */
export function runTarget(name: string, count: number, seed: number): TargetResult {
  const target = targetOf(name);
  const large = Math.floor(count / 4);
  const drawn = fc.sample(fc.tuple(fc.nat({ max: target.sources - 1 }), target.mutations), { seed, numRuns: count });
  const cases: Case[] = drawn.map(([source, mutations], i) => ({
    source,
    grow: i % 4 === 3 ? Math.round(100_000 + (900_000 * Math.floor(i / 4)) / Math.max(1, large - 1)) : 0,
    mutations,
  }));
  const timed: { index: number; per100KB: number }[] = [];
  let largest = 0;
  let largeCount = 0;
  let faults = 0;
  const faultExamples: string[] = [];
  cases.forEach((item, index) => {
    const { input, bytes } = target.build(item);
    const { ms, faults: found } = timeOnce(target, input);
    largest = Math.max(largest, bytes);
    if (bytes >= 100_000) largeCount++;
    if (found.length > 0) {
      faults++;
      if (faultExamples.length < 5) faultExamples.push(`${found[0]} (input ${index}: ${JSON.stringify(item).slice(0, 300)})`);
    }
    timed.push({ index, per100KB: ms / Math.max(1, bytes / 100_000) });
  });
  const slowest = timed.sort((a, b) => b.per100KB - a.per100KB).slice(0, 5);
  let worst: TargetResult['worst'] = { kb: 0, ms: 0, source: '', mutations: '' };
  let worstPer100KB = 0;
  for (const { index } of slowest) {
    const item = cases[index]!;
    const { input, bytes, label } = target.build(item);
    const ms = median(Array.from({ length: 5 }, () => timeOnce(target, input).ms));
    const per100KB = ms / Math.max(1, bytes / 100_000);
    if (per100KB >= worstPer100KB) {
      worstPer100KB = per100KB;
      worst = { kb: Math.round(bytes / 1_000), ms, source: label, mutations: JSON.stringify({ grow: item.grow, mutations: item.mutations }).slice(0, 600) };
    }
  }
  return {
    inputs: cases.length,
    large: largeCount,
    largestKB: Math.round(largest / 1_000),
    worstMsPer100KB: worstPer100KB,
    worst,
    faults,
    faultExamples,
  };
}
