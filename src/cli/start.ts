/**
 * `npm start [-- --live] [-- --headless]`: builds Paperdex, launches Chromium with it, and opens the
 * bundled digest pages as if from huggingface.co and arxiv.org (or, with --live, the real
 * huggingface.co/papers). With a display the browser stays open for you; headless, it prints what was
 * captured and saves screenshots of the popup and the library page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { NOTES_HOST, seedPages, SITE_HOSTS, SITE_PAGES } from './bundled-pages.js';
import { clickToolbarButton, extensionIdOf, findBrowser, launchWithExtension, servePages, type FoundBrowser } from './chromium.js';

const LIVE_URL = 'https://huggingface.co/papers';
const PROFILE = resolve('.paperdex-profile');
const SCREENSHOT = resolve('paperdex-popup.png');
const LIBRARY_SCREENSHOT = resolve('paperdex-library.png');

const { values: flags } = parseArgs({ options: { live: { type: 'boolean' }, headless: { type: 'boolean' } } });
const headless = flags.headless === true || (!process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'] && process.platform === 'linux');

const browser = findBrowser() ?? installChromium();
if (!browser || browser.kind === 'branded') {
  const why = browser
    ? `Found only Google Chrome (${browser.path}), which ignores --load-extension since version 137.`
    : 'No Chromium found.';
  console.error(`${why}
Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or
Chrome for Testing binary, then run npm start again. To use your own Chrome instead: npm run build, open
chrome://extensions, turn on Developer mode, choose "Load unpacked" and pick dist/chrome.`);
  process.exit(1);
}

console.log('Building dist/chrome …');
execFileSync(process.execPath, ['build.mjs', '--only', 'chrome'], { stdio: 'inherit' });
mkdirSync(PROFILE, { recursive: true });
const context = await launchWithExtension(PROFILE, { headless, offline: !flags.live, executablePath: browser.path });
const extensionId = await extensionIdOf(context);
console.log(`Paperdex ${extensionId} loaded in ${browser.path} (profile: ${PROFILE})`);

if (flags.live) {
  const page = await context.newPage();
  await page.goto(LIVE_URL);
  if (headless) await reportLive(context, page);
} else {
  await servePages(context, [...SITE_HOSTS, NOTES_HOST], { ...SITE_PAGES, ...seedPages() });
  if (headless) await captureBundled(context, extensionId);
  else await openBundled(context);
}

if (headless) {
  await context.close();
} else {
  console.log('The browser is yours: browse, click the Paperdex button, close the window when done.');
  await new Promise<void>((done) => context.on('close', () => done()));
}

/** With a display: every bundled page in a tab, for the person to use. */
async function openBundled(context: BrowserContext): Promise<void> {
  for (const url of [...Object.keys(SITE_PAGES), ...Object.keys(seedPages())]) {
    const page = await context.newPage();
    await page.goto(url);
  }
  console.log('Opened the bundled digest pages. On the seed pages (digest.example), click the Paperdex button');
  console.log('and "Save papers on this page".');
}

/** Headless: captures every bundled page, prints what was captured, and saves screenshots of the popup and the library page. */
async function captureBundled(context: BrowserContext, extensionId: string): Promise<void> {
  const rows: [string, string, string][] = [];
  let first: Page | undefined;
  for (const url of Object.keys(SITE_PAGES)) {
    const page = await context.newPage();
    await page.goto(url);
    first ??= page;
    await page.waitForTimeout(1200);
    const marks = await page.locator('[data-paperdex-mark]').evaluateAll((hosts) => new Set(hosts.map((h) => h.getAttribute('data-paperdex-mark'))).size);
    rows.push([url, String(marks), (await badgeOf(context, url)) || '0']);
  }
  for (const url of Object.keys(seedPages())) {
    const page = await context.newPage();
    await page.goto(url);
    const popup = await clickToolbarButton(context, page, extensionId);
    await popup.getByRole('button', { name: 'Save papers on this page' }).click();
    const status = popup.getByRole('status');
    await status.filter({ hasText: /saved|no papers/i }).waitFor();
    const text = (await status.textContent()) ?? '';
    const [, found = '0', added = '0'] = /(\d+) papers? \((\d+|all)/.exec(text) ?? [];
    rows.push([url, found, added === 'all' ? '0' : added]);
    await popup.close();
    await page.close();
  }
  const total = await countPapers(context, extensionId);
  printTable(['page', 'papers', 'new'], rows);
  console.log(`\nLibrary: ${total} papers.`);
  if (first) {
    const popup = await clickToolbarButton(context, first, extensionId);
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: SCREENSHOT });
    console.log(`Popup screenshot: ${SCREENSHOT}`);
  }
  const library = await context.newPage();
  await library.setViewportSize({ width: 1280, height: 800 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.locator('tr.paper-row').first().waitFor();
  await library.screenshot({ path: LIBRARY_SCREENSHOT });
  console.log(`Library page screenshot: ${LIBRARY_SCREENSHOT}`);
}

async function reportLive(context: BrowserContext, page: Page): Promise<void> {
  await page.waitForTimeout(4000);
  const marks = await page.locator('[data-paperdex-mark]').count();
  console.log(`${LIVE_URL}: ${marks} marks shown, badge ${(await badgeOf(context, page.url())) || '0'} new.`);
}

async function badgeOf(context: BrowserContext, url: string): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async (pageUrl) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await api.tabs.query({ url: pageUrl.split('#')[0]! });
    return tab?.id === undefined ? '' : api.action.getBadgeText({ tabId: tab.id });
  }, url);
}

async function countPapers(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const count = await page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('paperdex');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('papers').objectStore('papers').count();
          request.onsuccess = () => done(request.result);
        };
      }),
  );
  await page.close();
  return count;
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

interface ChromeApi {
  tabs: { query(info: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/**
 * On a fresh Debian or Ubuntu machine, as root (a container, a CI image), installs Debian's Chromium so
 * that `npm ci && npm start` runs Paperdex; anywhere else says what to install instead.
 */
function installChromium(): FoundBrowser | undefined {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform !== 'linux' || !isRoot || !existsSync('/usr/bin/apt-get')) return undefined;
  console.log('No Chromium found: installing Debian\'s (apt-get install -y chromium) …');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    return undefined;
  }
  return findBrowser();
}
