/**
 * The real popup, opened cold on a large library: time from navigation to the first results on screen,
 * the popup's JavaScript heap, and the time from a keystroke to its results on screen. The library
 * (bench/library.ts) is written straight into the extension's IndexedDB with a backlog entry per chunk, as
 * captures leave it; the background then folds it into the stored index before measuring. On-disk profile,
 * as a person's browser has. Medians of 9 opens.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../src/cli/chromium.js';
import { median, round, type Metrics } from './browser.js';
import { generateLibrary } from './library.js';

const SIZES = [10_000, 100_000];
const OPENS = 9;
const CHUNK = 2_000;

/** Marks the moment the first result appears, relative to navigation start. */
const FIRST_RESULT_PROBE = `
  globalThis.__name = (fn) => fn;
  new MutationObserver((_, observer) => {
    if (document.querySelector('.result')) {
      globalThis.__firstResult = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

export async function fill(page: Page, n: number): Promise<void> {
  const papers = generateLibrary(n, 7);
  for (let start = 0; start < papers.length; start += CHUNK) {
    const chunk = papers.slice(start, start + CHUNK);
    await page.evaluate(
      (rows) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('paperdex');
          open.onsuccess = () => {
            const tx = open.result.transaction(['papers', 'pending'], 'readwrite');
            for (const row of rows) tx.objectStore('papers').put(row);
            tx.objectStore('pending').add({ ids: rows.map((row) => row.id), removed: [], flagsOnly: false });
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
          open.onerror = () => fail(open.error);
        }),
      chunk,
    );
  }
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'index/ensure', payload: {} }));
}

async function measureSize(n: number): Promise<Metrics> {
  const dir = mkdtempSync(join(tmpdir(), 'paperdex-popup-bench-'));
  const context = await launchWithExtension(dir, { headless: true, offline: true });
  try {
    const id = await extensionIdOf(context);
    const url = `chrome-extension://${id}/popup.html`;
    const setup = await context.newPage();
    await setup.goto(url);
    await setup.waitForSelector('.popup');
    await fill(setup, n);
    await setup.close();

    const opens: number[] = [];
    const heaps: number[] = [];
    const keystrokes: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      const popup = await context.newPage();
      await popup.addInitScript(FIRST_RESULT_PROBE);
      await popup.goto(url);
      await popup.waitForFunction(() => (globalThis as { __firstResult?: number }).__firstResult !== undefined, null, {
        timeout: 60_000,
      });
      opens.push(await popup.evaluate(() => (globalThis as unknown as { __firstResult: number }).__firstResult));
      const session = await context.newCDPSession(popup);
      await session.send('HeapProfiler.collectGarbage');
      heaps.push((await session.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024);
      // A keystroke in the search box, to its results on screen (the next frame after they render).
      for (const text of ['t', 'tr', 'tra', 'tran', 'trans']) {
        keystrokes.push(
          await popup.evaluate(async (query) => {
            const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
            const start = performance.now();
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            // The list says which query it shows (`data-query`); its first result must be on screen too.
            const shown = (): boolean => {
              const list = document.querySelector<HTMLElement>('.list');
              return list?.dataset['query'] === query && list.querySelector('.result a.title')?.textContent !== '';
            };
            while (!shown()) await new Promise((done) => requestAnimationFrame(done));
            return performance.now() - start;
          }, text),
        );
      }
      await popup.close();
    }
    const label = n >= 1000 ? `${n / 1000}k` : String(n);
    keystrokes.sort((a, b) => a - b);
    return {
      [`popup.open-to-first-results.${label}`]: { value: round(median(opens), 1), unit: 'ms' },
      [`popup.keystroke-to-results-on-screen.p50.${label}`]: { value: round(median(keystrokes), 1), unit: 'ms' },
      [`popup.keystroke-to-results-on-screen.p95.${label}`]: {
        value: round(keystrokes[Math.ceil(keystrokes.length * 0.95) - 1]!, 1),
        unit: 'ms',
      },
      [`popup.js-heap-after-open.${label}`]: { value: round(median(heaps), 1), unit: 'MB' },
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runPopupBench(sizes: readonly number[] = SIZES): Promise<Metrics> {
  execFileSync(process.execPath, ['build.mjs', '--only', 'chrome'], { stdio: 'ignore' });
  const metrics: Metrics = {};
  for (const n of sizes) Object.assign(metrics, await measureSize(n));
  return metrics;
}
