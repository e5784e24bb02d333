/**
 * The gzipped size of each built bundle (production build). Goal: content script under 20 KB. The popup
 * is its first bundle (what it needs to paint) plus the chunks it loads after.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { round, type Metrics } from './browser.js';

const gzipKb = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

export function runSizeBench(): Metrics {
  execFileSync(process.execPath, ['build.mjs', '--only', 'chrome'], { stdio: 'ignore' });
  const metrics: Metrics = {};
  for (const bundle of ['content', 'background', 'popup-boot', 'popup']) {
    metrics[`bundle.${bundle}.gzip`] = { value: round(gzipKb(`dist/chrome/${bundle}.js`), 1), unit: 'KB' };
  }
  const chunks = readdirSync('dist/chrome/chunks').map((name) => gzipKb(`dist/chrome/chunks/${name}`));
  metrics['bundle.popup-lazy-chunks.gzip'] = { value: round(chunks.reduce((a, b) => a + b, 0), 1), unit: 'KB' };
  return metrics;
}
