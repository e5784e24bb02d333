/**
 * `npm run bench`: every benchmark, in Chromium where the code runs. Prints one table and writes the
 * figures to bench/results.json (metric → value and unit). `npm run bench -- parse capture` runs a subset
 * and updates only its figures in the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Metrics } from './browser.js';
import { runCaptureBench } from './capture.js';
import { runFuzzBench } from './fuzz.js';
import { runLibraryPageBench } from './library-page.js';
import { runParseBench } from './parse.js';
import { runPopupBench } from './popup.js';
import { runSearchBench } from './search.js';
import { runSizeBench } from './sizes.js';

const SUITES: Record<string, () => Metrics | Promise<Metrics>> = {
  size: runSizeBench,
  parse: runParseBench,
  capture: runCaptureBench,
  search: () => runSearchBench(),
  popup: () => runPopupBench(),
  library: () => runLibraryPageBench(),
  fuzz: runFuzzBench,
};

const wanted = process.argv.slice(2).filter((name) => name in SUITES);
const results: Metrics = {};
for (const name of wanted.length > 0 ? wanted : Object.keys(SUITES)) {
  process.stderr.write(`bench: ${name} …\n`);
  Object.assign(results, await SUITES[name]!());
}

const width = Math.max(...Object.keys(results).map((key) => key.length));
for (const [key, { value, unit }] of Object.entries(results)) {
  console.log(`${key.padEnd(width)}  ${String(value).padStart(10)} ${unit}`);
}
const file = 'bench/results.json';
const previous = wanted.length > 0 && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Metrics) : {};
writeFileSync(file, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
console.log(`\nwritten to ${file}`);
