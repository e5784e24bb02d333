/**
 * Parse time in Chromium, where the content script parses: each seed (page text) and generated 1,000-entry
 * Hugging Face list and arXiv listing (DOM, as loaded). Goal: under 20 ms each. Median of 31 runs after 5 warm-up runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { bundleForPage, launchChromium, median, openServed, round, type Metrics } from './browser.js';
import { arxivListing, hfListPage } from './pages.js';

import type * as ParsePage from '../src/core/parse-page.js';

declare const PaperdexParse: typeof ParsePage;

const RUNS = 31;

export async function runParseBench(): Promise<Metrics> {
  const bundle = await bundleForPage('src/core/parse-page.ts', 'PaperdexParse');
  const browser = await launchChromium();
  const metrics: Metrics = {};
  try {
    const page = await openServed(browser, 'https://paperdex.test/', '<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle });
    for (const name of readdirSync('seeds').filter((file) => file.endsWith('.txt')).sort()) {
      const text = readFileSync(`seeds/${name}`, 'utf8');
      const { times, count } = await page.evaluate(
        ([seedText, runs]) => {
          const times: number[] = [];
          let count = 0;
          for (let i = 0; i < runs + 5; i++) {
            const start = performance.now();
            count = PaperdexParse.parsePage({ url: '', now: new Date(), text: seedText }).entries.length;
            if (i >= 5) times.push(performance.now() - start);
          }
          return { times, count };
        },
        [text, RUNS] as const,
      );
      metrics[`parse.seed-${name.slice(0, 3)}.ms (${count} entries)`] = { value: round(median(times)), unit: 'ms' };
    }
    const pages = [
      ['hf-list-1000', 'https://huggingface.co/papers/date/2023-11-22', hfListPage(1000)],
      ['arxiv-listing-1000', 'https://arxiv.org/list/cs.LG/new', arxivListing(1000)],
    ] as const;
    for (const [name, url, html] of pages) {
      const served = await openServed(browser, url, html);
      await served.addScriptTag({ content: bundle });
      const { times, count } = await served.evaluate((runs) => {
        const times: number[] = [];
        let count = 0;
        for (let i = 0; i < runs + 5; i++) {
          const start = performance.now();
          count = PaperdexParse.parsePage({ url: location.href, now: new Date(), document }).entries.length;
          if (i >= 5) times.push(performance.now() - start);
        }
        return { times, count };
      }, RUNS);
      metrics[`parse.${name}.ms (${count} entries)`] = { value: round(median(times)), unit: 'ms' };
      await served.close();
    }
  } finally {
    await browser.close();
  }
  return metrics;
}
