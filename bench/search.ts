/**
 * Search benchmark, in Chromium: Paperdex's index against a linear scan over all records and MiniSearch
 * built at open, at 10,000 and 100,000 papers. `npx tsx bench/search.ts` prints a table; bench/run.ts
 * calls `runSearchBench()`. `SEARCH_BENCH_SIZES=10000` limits the sizes; `CHROMIUM_PATH` picks the browser;
 * IndexedDB is on disk in a throwaway profile, as the extension's is; `SEARCH_BENCH_MEMORY=1` uses an
 * ephemeral context instead, which keeps it in memory, where large values read two to three times slower.
 *
 * Each size: a page generates the library (bench/library.ts) and stores it in IndexedDB; the index is built
 * and stored; then, per engine, fresh pages open cold (read from IndexedDB, prepare, first query) and the
 * last one types 30 queries letter by letter. Paperdex then takes captures (upsert 30 + store the delta),
 * toggles, and a compaction. One-shot timings are medians of several runs.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build, type Plugin } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeedCorpus, type SeedCorpus } from './library.js';
import type { BenchQuery } from './search-page/queries.js';

export type Metrics = Record<string, { value: number; unit: string }>;

/** localhost counts as a secure origin: cross-origin isolation (fine timers) needs one. Nothing listens there. */
const ORIGIN = 'http://localhost:9';
const SEED = 7;
const SIZES = [10_000, 100_000];
const ENGINES = ['paperdex', 'scan', 'minisearch'] as const;
type EngineName = (typeof ENGINES)[number];

/** Opens per engine and size: the baselines read every record and so take far longer at 100,000. */
const OPEN_RUNS: Record<EngineName, (n: number) => number> = {
  paperdex: () => 7,
  scan: (n) => (n > 20_000 ? 3 : 5),
  minisearch: (n) => (n > 20_000 ? 3 : 5),
};
const BUILD_RUNS = (n: number): number => (n > 20_000 ? 3 : 5);
const CAPTURE_BATCHES = 10;

interface OpenResult {
  ms: number;
  readMs: number;
  loadMs: number;
  queryMs: number;
  total: number;
}

interface SearchBenchApi {
  setup(corpus: SeedCorpus, n: number, seed: number): Promise<{ recordBytes: number; queries: BenchQuery[] }>;
  build(runs: number): Promise<{ times: number[]; baseBytes: number; deltaBytes: number }>;
  openPaperdex(first: string, asBlob: boolean): Promise<OpenResult>;
  openBaseline(kind: 'scan' | 'minisearch', first: string): Promise<OpenResult>;
  type(queries: BenchQuery[]): number[][];
  updates(corpus: SeedCorpus, batches: number, seed: number): Promise<{
    capture: number[];
    toggle: number[];
    compact: number;
    deltaBytes: number;
    deltaDocs: number;
  }>;
}

declare const searchBench: SearchBenchApi;

export async function runSearchBench(sizes: readonly number[] = sizesFromEnv()): Promise<Metrics> {
  const bundle = await bundlePage();
  const corpus = loadSeedCorpus();
  const metrics: Metrics = {};
  for (const n of sizes) {
    const { context, close } = await newContext(process.env.SEARCH_BENCH_MEMORY !== '1');
    try {
      await serve(context, bundle);
      Object.assign(metrics, await benchSize(context, corpus, n));
    } finally {
      await close();
    }
  }
  return metrics;
}

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
};

/** A fresh browser context: ephemeral (IndexedDB in memory), or with a throwaway on-disk profile. */
async function newContext(onDisk: boolean): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (onDisk) {
    const dir = await mkdtemp(join(tmpdir(), 'paperdex-search-bench-'));
    const context = await chromium.launchPersistentContext(dir, LAUNCH);
    return {
      context,
      close: async () => {
        await context.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const browser = await chromium.launch(LAUNCH);
  const context = await browser.newContext();
  return { context, close: () => browser.close() };
}

async function benchSize(context: BrowserContext, corpus: SeedCorpus, n: number): Promise<Metrics> {
  const size = label(n);
  const metrics: Metrics = {};
  const put = (name: string, value: number, unit: string): void => {
    metrics[`search.${name}.${size}`] = { value: round(value), unit };
  };
  progress(`${size}: generating and storing ${n} papers`);
  let page = await openPage(context);
  const { recordBytes, queries } = await page.evaluate(([c, count, seed]) => searchBench.setup(c, count, seed), [
    corpus,
    n,
    SEED,
  ] as const);
  progress(`${size}: building the index`);
  const built = await page.evaluate((runs) => searchBench.build(runs), BUILD_RUNS(n));
  await page.close();
  put('build', median(built.times), 'ms');
  put('index.bytes', built.baseBytes + built.deltaBytes, 'bytes');
  put('records.bytes', recordBytes, 'bytes');
  put('index.ratio', (built.baseBytes + built.deltaBytes) / recordBytes, 'x records');
  const first = queries[0]!.text;
  progress(`${size}: paperdex: cold opens from Blobs`);
  const blobOpens: OpenResult[] = [];
  for (let run = 0; run < OPEN_RUNS.paperdex(n); run++) {
    await page.close();
    page = await openPage(context);
    blobOpens.push(await page.evaluate((text) => searchBench.openPaperdex(text, true), first));
  }
  put('open.blob', median(blobOpens.map((open) => open.ms)), 'ms');
  put('open.blob.read', median(blobOpens.map((open) => open.readMs)), 'ms');
  for (const engine of ENGINES) {
    progress(`${size}: ${engine}: cold opens`);
    const opens: OpenResult[] = [];
    for (let run = 0; run < OPEN_RUNS[engine](n); run++) {
      await page.close();
      page = await openPage(context);
      opens.push(
        await page.evaluate(
          ([kind, text]) =>
            kind === 'paperdex' ? searchBench.openPaperdex(text, false) : searchBench.openBaseline(kind, text),
          [engine, first] as const,
        ),
      );
    }
    const prefix = engine === 'paperdex' ? '' : `${engine}.`;
    put(`${prefix}open`, median(opens.map((open) => open.ms)), 'ms');
    put(`${prefix}open.read`, median(opens.map((open) => open.readMs)), 'ms');
    put(`${prefix}open.prepare`, median(opens.map((open) => open.loadMs)), 'ms');
    progress(`${size}: ${engine}: typing ${queries.length} queries`);
    const perQuery = await page.evaluate((list) => searchBench.type(list), queries);
    const times = perQuery.flat();
    put(`${prefix}keystroke.p50`, percentile(times, 0.5), 'ms');
    put(`${prefix}keystroke.p95`, percentile(times, 0.95), 'ms');
    put(`${prefix}keystroke.max`, Math.max(...times), 'ms');
    // The first query runs on a cold JIT, as every popup does; the rest show the engine warmed up.
    put(`${prefix}keystroke.max.first-query`, Math.max(...perQuery[0]!), 'ms');
    put(`${prefix}keystroke.max.later-queries`, Math.max(...perQuery.slice(1).flat()), 'ms');
    if (engine === 'paperdex') {
      progress(`${size}: paperdex: captures, toggles, compaction`);
      const updates = await page.evaluate(([c, batches, seed]) => searchBench.updates(c, batches, seed), [
        corpus,
        CAPTURE_BATCHES,
        SEED,
      ] as const);
      put('update30', median(updates.capture), 'ms');
      put('update30.max', Math.max(...updates.capture), 'ms');
      put('toggle', median(updates.toggle), 'ms');
      put('delta.bytes', updates.deltaBytes, 'bytes');
      put('compact', updates.compact, 'ms');
    }
  }
  await page.close();
  return metrics;
}

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => progress(`page error: ${error.message}`));
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'searchBench' in globalThis);
  return page;
}

/** Serves the page from an origin: IndexedDB is per origin. Cross-origin isolation gives 5 µs timers. */
async function serve(context: BrowserContext, bundle: string): Promise<void> {
  const isolation = {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/bench.js') {
      return route.fulfill({ body: bundle, contentType: 'text/javascript', headers: isolation });
    }
    if (path === '/') {
      const html = '<!doctype html><meta charset="utf-8"><title>search bench</title><script src="/bench.js"></script>';
      return route.fulfill({ body: html, contentType: 'text/html', headers: isolation });
    }
    return route.fulfill({ status: 404, body: '' });
  });
}

/** The page's code, bundled; library.ts reads seed files in Node only, so `node:` imports become stubs. */
async function bundlePage(): Promise<string> {
  const stubNode: Plugin = {
    name: 'stub-node',
    setup(plugin) {
      plugin.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
      const stub = { contents: 'module.exports = {};', loader: 'js' as const };
      plugin.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => stub);
    },
  };
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./search-page/main.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    plugins: [stubNode],
  });
  return result.outputFiles[0]!.text;
}

function sizesFromEnv(): number[] {
  const raw = process.env.SEARCH_BENCH_SIZES;
  if (!raw) return SIZES;
  return raw.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 1000) / 1000;
}

function label(n: number): string {
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

function progress(message: string): void {
  process.stderr.write(`search bench: ${message}\n`);
}

/** The table printed when run alone: one row per measure, one column per engine, per size. */
function printTable(metrics: Metrics, sizes: readonly number[]): void {
  const rows: Array<[string, string]> = [
    ['keystroke p50 (ms)', 'keystroke.p50'],
    ['keystroke p95 (ms)', 'keystroke.p95'],
    ['keystroke max (ms)', 'keystroke.max'],
    ['  max, first query (ms)', 'keystroke.max.first-query'],
    ['  max, later queries (ms)', 'keystroke.max.later-queries'],
    ['open → first results (ms)', 'open'],
    ['  of which IndexedDB read (ms)', 'open.read'],
    ['  of which load / build (ms)', 'open.prepare'],
  ];
  const lines: string[] = [];
  for (const n of sizes) {
    const size = label(n);
    const value = (key: string): string => {
      const metric = metrics[`search.${key}.${size}`];
      return metric ? String(metric.value) : '—';
    };
    lines.push(`\n${n.toLocaleString('en')} papers`, row(['', ...ENGINES]));
    for (const [title, key] of rows) {
      lines.push(row([title, value(key), value(`scan.${key}`), value(`minisearch.${key}`)]));
    }
    lines.push(row(['open, index stored as Blob (ms)', value('open.blob'), `read ${value('open.blob.read')}`]));
    lines.push(row(['index build (ms)', value('build'), '—', value('minisearch.open.prepare')]));
    lines.push(row(['index bytes / records JSON', `${value('index.bytes')} / ${value('records.bytes')}`]));
    lines.push(row(['index size vs records', `${value('index.ratio')}×`]));
    lines.push(row(['upsert 30 + store delta (ms)', value('update30'), `max ${value('update30.max')}`]));
    lines.push(row(['toggle + store delta (ms)', value('toggle')]));
    lines.push(row(['compaction + store (ms)', value('compact')]));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function row(cells: readonly string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(32) : cell.padStart(i === 1 ? 26 : 14))).join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = sizesFromEnv();
  runSearchBench(sizes)
    .then((metrics) => printTable(metrics, sizes))
    .catch((error: unknown) => {
      process.stderr.write(`search bench failed: ${String(error)}\n`);
      process.exitCode = 1;
    });
}
