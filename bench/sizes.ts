/** The gzipped size of each built bundle (production build). Goal: content script under 20 KB. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { round, type Metrics } from './browser.js';

export function runSizeBench(): Metrics {
  execFileSync(process.execPath, ['build.mjs', '--only', 'chrome'], { stdio: 'ignore' });
  const metrics: Metrics = {};
  for (const bundle of ['content', 'background', 'popup']) {
    const bytes = readFileSync(`dist/chrome/${bundle}.js`);
    metrics[`bundle.${bundle}.gzip`] = { value: round(gzipSync(bytes, { level: 9 }).length / 1024, 1), unit: 'KB' };
  }
  return metrics;
}
