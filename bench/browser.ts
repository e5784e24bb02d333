/** Shared by the benchmarks: a plain Chromium page with a bundle of Paperdex's code loaded. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { findBrowser } from '../src/cli/chromium.js';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findBrowser()?.path ?? '/usr/bin/chromium',
    headless: true,
    args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
  });
}

/** Bundles a module for the page, exposing its exports as `globalThis[globalName]`. */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName,
    minify: true,
    write: false,
    target: 'chrome120',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Opens `url` served with `html` (everything else answers 404), so the page has a real origin. */
export async function openServed(browser: Browser, url: string, html: string): Promise<Page> {
  const page = await browser.newPage();
  // tsx keeps function names with a `__name` helper, which functions sent to the page need too.
  await page.addInitScript('globalThis.__name = (fn) => fn');
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
  await page.goto(url);
  return page;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export type Metrics = Record<string, { value: number; unit: string }>;

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
