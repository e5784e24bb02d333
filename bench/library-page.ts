/**
 * The full-page library on a large library, in Chromium: time from navigation to the first rows on
 * screen, to every row read (sortable), a column sort, a keystroke in the search box and a scroll step to
 * their rows on screen, and the page's JavaScript heap once everything is read. Same library as the popup
 * benchmark (bench/library.ts, written as captures leave it). Medians of 3 opens.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionIdOf, launchWithExtension } from '../src/cli/chromium.js';
import { median, round, type Metrics } from './browser.js';
import { fill } from './popup.js';

const SIZES = [10_000, 100_000];
const OPENS = 3;

const PROBE = `
  globalThis.__name = (fn) => fn;
  new MutationObserver((_, observer) => {
    if (document.querySelector('tr.paper-row')) {
      globalThis.__firstRow = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

type Probe = typeof globalThis & { __untilShown: (done: () => boolean) => Promise<void>; __target: number };

/** Waits, frame by frame, until \`done()\` holds, then one more frame (the rows are painted). */
const WAIT_HELPER = `
  globalThis.__untilShown = async (done) => {
    while (!done()) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  };
`;

async function measureSize(n: number): Promise<Metrics> {
  const dir = mkdtempSync(join(tmpdir(), 'paperdex-library-bench-'));
  const context = await launchWithExtension(dir, { headless: true, offline: true });
  try {
    const id = await extensionIdOf(context);
    const url = `chrome-extension://${id}/library.html`;
    const setup = await context.newPage();
    await setup.goto(`chrome-extension://${id}/popup.html`);
    await fill(setup, n);
    await setup.close();

    const firstRows: number[] = [];
    const allRows: number[] = [];
    const sorts: number[] = [];
    const keystrokes: number[] = [];
    const scrolls: number[] = [];
    const heaps: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.addInitScript(PROBE);
      await page.addInitScript(WAIT_HELPER);
      await page.goto(url);
      await page.waitForFunction(() => (globalThis as { __firstRow?: number }).__firstRow !== undefined, null, { timeout: 60_000 });
      firstRows.push(await page.evaluate(() => (globalThis as unknown as { __firstRow: number }).__firstRow));
      await page.waitForFunction(() => document.querySelector('.list-summary') && !document.querySelector('.list-summary .loading'), null, {
        timeout: 120_000,
      });
      allRows.push(await page.evaluate(() => performance.now()));
      sorts.push(
        await page.evaluate(async () => {
          const start = performance.now();
          document.querySelector<HTMLButtonElement>('th.col-title button')!.click();
          await (globalThis as Probe).__untilShown(() => document.querySelector('th.col-title')?.getAttribute('aria-sort') !== 'none');
          return performance.now() - start;
        }),
      );
      const type = (text: string): Promise<number> =>
        page.evaluate(async (query) => {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
          const start = performance.now();
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // The summary says which query its list shows.
          await (globalThis as Probe).__untilShown(() => document.querySelector<HTMLElement>('.list-summary')?.dataset['query'] === query);
          return performance.now() - start;
        }, text);
      for (const text of ['t', 'tr', 'tra', 'tran', 'trans']) keystrokes.push(await type(text));
      await type('');
      for (let step = 1; step <= 10; step++) {
        scrolls.push(
          await page.evaluate(async (fraction) => {
            const scroller = document.querySelector<HTMLElement>('.table-scroll')!;
            const start = performance.now();
            scroller.scrollTop = scroller.scrollHeight * fraction;
            const target = Math.floor(scroller.scrollTop / 36);
            const rendered = (): number[] =>
              Array.from(document.querySelectorAll('tr.paper-row'), (row) => Number(row.getAttribute('aria-rowindex')));
            await (globalThis as Probe).__untilShown(() => {
              const rows = rendered();
              return rows.length > 0 && rows[0]! <= target + 2 && rows.at(-1)! > target + 20;
            });
            return performance.now() - start;
          }, step / 11),
        );
      }
      const session = await context.newCDPSession(page);
      await session.send('HeapProfiler.collectGarbage');
      heaps.push((await session.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024);
      await page.close();
    }
    const label = `${n / 1000}k`;
    const p95 = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
    return {
      [`library.open-to-first-rows.${label}`]: { value: round(median(firstRows), 1), unit: 'ms' },
      [`library.open-to-every-row-read.${label}`]: { value: round(median(allRows), 0), unit: 'ms' },
      [`library.sort-by-title.${label}`]: { value: round(median(sorts), 1), unit: 'ms' },
      [`library.keystroke-to-rows.p95.${label}`]: { value: round(p95(keystrokes), 1), unit: 'ms' },
      [`library.scroll-step-to-rows.p95.${label}`]: { value: round(p95(scrolls), 1), unit: 'ms' },
      [`library.js-heap-all-rows.${label}`]: { value: round(median(heaps), 1), unit: 'MB' },
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runLibraryPageBench(sizes: readonly number[] = SIZES): Promise<Metrics> {
  execFileSync(process.execPath, ['build.mjs', '--only', 'chrome'], { stdio: 'ignore' });
  const metrics: Metrics = {};
  for (const n of sizes) Object.assign(metrics, await measureSize(n));
  return metrics;
}
