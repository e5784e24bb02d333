/**
 * Capture cost in Chromium, through the real extension: an extension page sends the background the
 * entries of a generated 1,000-entry Hugging Face page, as the content script does, and times the round
 * trip (validation, one transaction for papers and sightings, the search index kept in step). The floor:
 * raw IndexedDB `put` of the same records (the papers and sightings the capture wrote) in one transaction,
 * measured side by side in the same page. Median of 3 fresh browser profiles. "Empty" is a library of the 5
 * papers of a first capture, which warms the worker (the first capture after install also compiles code).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHtml } from '../src/cli/load-html.js';
import { extensionIdOf, launchWithExtension } from '../src/cli/chromium.js';
import type { Entry } from '../src/core/entry.js';
import { parsePage, type PageInfo } from '../src/core/parse-page.js';
import { median, round, type Metrics } from './browser.js';
import { hfListPage } from './pages.js';

const RUNS = 3;
const PAGE_URL = 'https://huggingface.co/papers/date/2024-01-15';

interface Batch {
  page: PageInfo;
  entries: Entry[];
}

/** The generated page's entries, and copies of them under other ids (other papers, same shape). */
function batches(): { warmup: Batch; page: Batch; prefill: Batch[]; fresh: Batch } {
  const result = parsePage({ url: PAGE_URL, now: new Date(), document: loadHtml(hfListPage(1000)) });
  const renumbered = (month: number): Batch => ({
    page: { ...result.page, url: `${PAGE_URL}?batch=${month}` },
    entries: result.entries.map((entry, i) => {
      const arxivId = `${month}.${String(i + 1).padStart(5, '0')}`;
      return { ...entry, id: `arxiv:${arxivId}`, arxivId, title: `${entry.title} [${month}]` };
    }),
  });
  const five = renumbered(2201);
  return {
    warmup: { page: five.page, entries: five.entries.slice(0, 5) },
    page: { page: result.page, entries: result.entries },
    prefill: Array.from({ length: 10 }, (_, i) => renumbered(2301 + i)),
    fresh: renumbered(2312),
  };
}

interface RunTimes {
  cold: number;
  empty: number;
  emptyFloor: number;
  emptyFloorIndexed: number;
  into10k: number;
  recapture10k: number;
  floor10k: number;
  floor10kIndexed: number;
}

async function oneRun(data: ReturnType<typeof batches>): Promise<RunTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'paperdex-bench-'));
  const context = await launchWithExtension(dir, { headless: true, offline: true });
  try {
    const id = await extensionIdOf(context);
    const page = await context.newPage();
    await page.addInitScript('globalThis.__name = (fn) => fn');
    await page.goto(`chrome-extension://${id}/popup.html`);
    // Indexing runs after each capture has answered; let it finish so it does not slow the next measurement.
    const settle = (): Promise<unknown> =>
      page.evaluate(() => chrome.runtime.sendMessage({ type: 'index/ensure', payload: {} }));
    const capture = (batch: Batch): Promise<number> =>
      page.evaluate(async ({ page: info, entries }) => {
        await chrome.runtime.sendMessage({ type: 'index/ensure', payload: {} });
        const start = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: 'capture', payload: { page: info, entries, newView: true } });
        if (!reply.ok) throw new Error(reply.error);
        return performance.now() - start;
      }, batch);
    /** Raw puts of the records the capture wrote, into a separate database holding `prefill` copies first. */
    const floor = async (name: string, prefill: number): Promise<number> => {
      await settle();
      return page.evaluate(
        async ({ name: dbName, prefill: copies }) => {
          const request = (req: IDBRequest): Promise<unknown> =>
            new Promise((done, fail) => {
              req.onsuccess = () => done(req.result);
              req.onerror = () => fail(req.error);
            });
          const open = (db: string, version?: number): Promise<IDBDatabase> =>
            new Promise((done, fail) => {
              const req = version === undefined ? indexedDB.open(db) : indexedDB.open(db, version);
              req.onupgradeneeded = () => {
                const papers = req.result.createObjectStore('papers', { keyPath: 'id' });
                const sightings = req.result.createObjectStore('sightings', { keyPath: 'key' });
                if (db.endsWith('indexed')) {
                  // The library's own indexes, so the floor stores exactly what a capture stores.
                  papers.createIndex('titleKey', 'titleKey');
                  papers.createIndex('lastSeenAt', 'lastSeenAt');
                  sightings.createIndex('paperId', 'paperId');
                  sightings.createIndex('pageUrl', 'pageUrl');
                }
              };
              req.onsuccess = () => done(req.result);
              req.onerror = () => fail(req.error);
            });
          const library = await open('paperdex');
          const tx = library.transaction(['papers', 'sightings'], 'readonly');
          const papers = (await request(tx.objectStore('papers').getAll(undefined, 1000))) as { id: string }[];
          const sightings = (await request(tx.objectStore('sightings').getAll(undefined, 1000))) as { key: string }[];
          library.close();
          const floorDb = await open(dbName, 1);
          const write = (rows: { id: string }[], marks: { key: string }[], suffix: string): Promise<void> =>
            new Promise((done, fail) => {
              const w = floorDb.transaction(['papers', 'sightings'], 'readwrite');
              for (const row of rows) w.objectStore('papers').put({ ...row, id: row.id + suffix });
              for (const mark of marks) w.objectStore('sightings').put({ ...mark, key: mark.key + suffix });
              w.oncomplete = () => done();
              w.onerror = () => fail(w.error);
            });
          for (let i = 0; i < copies; i++) await write(papers, sightings, `#${i}`);
          const start = performance.now();
          await write(papers, sightings, '');
          const elapsed = performance.now() - start;
          floorDb.close();
          return elapsed;
        },
        { name, prefill },
      );
    };

    // The worker's very first capture also compiles its code: measured apart, then the worker is warm.
    const cold = await capture(data.warmup);
    const empty = await capture(data.page);
    const emptyFloor = await floor('floor-empty', 0);
    const emptyFloorIndexed = await floor('floor-empty-indexed', 0);
    for (const batch of data.prefill) await capture(batch);
    const into10k = await capture(data.fresh);
    const recapture10k = await capture(data.fresh);
    const floor10k = await floor('floor-10k', 10);
    const floor10kIndexed = await floor('floor-10k-indexed', 10);
    return { cold, empty, emptyFloor, emptyFloorIndexed, into10k, recapture10k, floor10k, floor10kIndexed };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runCaptureBench(): Promise<Metrics> {
  execFileSync(process.execPath, ['build.mjs', '--only', 'chrome'], { stdio: 'ignore' });
  const data = batches();
  const runs: RunTimes[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await oneRun(data));
  const m = (key: keyof RunTimes): number => median(runs.map((run) => run[key]));
  return {
    'capture.first-5-after-install.ms': { value: round(m('cold'), 1), unit: 'ms' },
    'capture.1000-into-empty.ms': { value: round(m('empty'), 1), unit: 'ms' },
    'capture.1000-into-empty.floor-raw-put.ms': { value: round(m('emptyFloor'), 1), unit: 'ms' },
    'capture.1000-into-empty.floor-raw-put-same-indexes.ms': { value: round(m('emptyFloorIndexed'), 1), unit: 'ms' },
    'capture.1000-into-empty.vs-floor': { value: round(m('empty') / m('emptyFloor')), unit: 'x' },
    'capture.1000-new-into-10k.ms': { value: round(m('into10k'), 1), unit: 'ms' },
    'capture.1000-known-into-10k.ms': { value: round(m('recapture10k'), 1), unit: 'ms' },
    'capture.1000-into-10k.floor-raw-put.ms': { value: round(m('floor10k'), 1), unit: 'ms' },
    'capture.1000-into-10k.floor-raw-put-same-indexes.ms': { value: round(m('floor10kIndexed'), 1), unit: 'ms' },
    'capture.1000-new-into-10k.vs-floor': { value: round(m('into10k') / m('floor10k')), unit: 'x' },
  };
}
