/**
 * The fuzz tests' mutators at scale, timed in Chromium (`npm run bench -- fuzz`): for each parser (on its
 * saved pages; page text on the seeds and the saved pages' markup) and each importer (library files,
 * messages, BibTeX, lists of ids, Paperdex files, digest text, format detection), 3,000 damaged inputs, one in
 * four first grown to a size spread over 100 KB – 1 MB. Records the slowest reading per 100 KB of input
 * (inputs under 100 KB count as 100 KB) — goal: never more than 50 ms — how many inputs were read, and how
 * many made a reader throw or let an invalid record through (should be none). The same seed gives the same
 * inputs on every run; the slowest input of each reader is printed, to reproduce it.
 */
import type { Page } from '@playwright/test';
import { bundleForPage, launchChromium, openServed, round, type Metrics } from './browser.js';
import type * as FuzzPage from './fuzz-page.js';
import { bibtexEntries, capturedLibrary, idLines, PAGES, sampleMessages, SEEDS } from '../tests/unit/support/fuzz-corpus.js';

declare const PaperdexFuzz: typeof FuzzPage;

const INPUTS = 3_000;
const SEED = 20261129;

export async function runFuzzBench(): Promise<Metrics> {
  const bundle = await bundleForPage('bench/fuzz-page.ts', 'PaperdexFuzz');
  const library = capturedLibrary();
  const corpus: FuzzPage.Corpus = {
    pages: PAGES.map((page) => ({ ...page })),
    seeds: [...SEEDS],
    papers: library.papers,
    sightings: library.sightings,
    messages: sampleMessages(library),
    bibtex: bibtexEntries(library),
    idLines: idLines(library),
  };
  const browser = await launchChromium();
  const metrics: Metrics = {};
  try {
    // A fresh page for each reader, so none inherits another's garbage or compiled code.
    const open = async (): Promise<Page> => {
      const page = await openServed(browser, 'https://paperdex.test/', '<!doctype html><title>fuzz</title>');
      await page.addScriptTag({ content: bundle });
      await page.evaluate((value) => PaperdexFuzz.setCorpus(value), corpus);
      return page;
    };
    const first = await open();
    const targets = await first.evaluate(() => [...PaperdexFuzz.TARGETS]);
    await first.close();
    for (const name of targets) {
      process.stderr.write(`  fuzz ${name} …\n`);
      const page = await open();
      const result = await page.evaluate(([target, count, seed]) => PaperdexFuzz.runTarget(target, count, seed), [name, INPUTS, SEED] as const);
      await page.close();
      metrics[`fuzz.${name}.worst-ms-per-100KB`] = { value: round(result.worstMsPer100KB), unit: 'ms' };
      metrics[`fuzz.${name}.inputs`] = { value: result.inputs, unit: 'inputs' };
      metrics[`fuzz.${name}.inputs-over-100KB`] = { value: result.large, unit: 'inputs' };
      metrics[`fuzz.${name}.faults`] = { value: result.faults, unit: 'inputs' };
      const { worst } = result;
      process.stderr.write(`    slowest: ${worst.kb} KB (${worst.source}) in ${round(worst.ms)} ms: ${worst.mutations}\n`);
      for (const example of result.faultExamples) process.stderr.write(`    FAULT ${example}\n`);
    }
  } finally {
    await browser.close();
  }
  return metrics;
}
