/**
 * The Firefox build, end to end in Debian's Firefox ESR, driven over WebDriver BiDi: the saved pages are
 * served as if from huggingface.co and arxiv.org, the content script captures them into IndexedDB through
 * the background script, and the marks toggle, persist and follow the library across pages. (WebDriver
 * BiDi may not navigate to moz-extension: pages, so the popup is tested in Chromium only; it is the same
 * bundle.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../../src/cli/bundled-pages.js';

const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
const EXTENSION_ID = 'paperdex@paperdex.org';
const DAILY = 'https://huggingface.co/papers/date/2023-11-22';
const LISTING = 'https://arxiv.org/list/cs.LG/new';

let browser: Browser;

beforeAll(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
  });
  expect(await browser.installExtension(resolve('dist/firefox'))).toBe(EXTENSION_ID);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens a page, answering requests to the two sites with the saved pages (anything else: 404). */
async function visit(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const saved = SITE_PAGES[request.url()];
    if (saved && 'file' in saved) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(saved.file) });
    else void request.respond({ status: 404, contentType: 'text/plain', body: '' });
  });
  await page.goto(url);
  return page;
}

const pressed = (page: Page, id: string, name: string): Promise<string | null | undefined> =>
  page.evaluate(
    (mark, label) =>
      document
        .querySelector(`[data-paperdex-mark="${mark}"]`)
        ?.shadowRoot?.querySelector(`button[aria-label="${label}"]`)
        ?.getAttribute('aria-pressed'),
    id,
    name,
  );

/** A click on a mark's button, as the page receives it. */
const click = (page: Page, id: string, name: string): Promise<void> =>
  page.evaluate(
    (mark, label) =>
      document
        .querySelector(`[data-paperdex-mark="${mark}"]`)
        ?.shadowRoot?.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)
        ?.click(),
    id,
    name,
  );

const waitForPressed = (page: Page, id: string, name: string, value: string): Promise<unknown> =>
  page.waitForFunction(
    (mark, label, want) =>
      document
        .querySelector(`[data-paperdex-mark="${mark}"]`)
        ?.shadowRoot?.querySelector(`button[aria-label="${label}"]`)
        ?.getAttribute('aria-pressed') === want,
    { timeout: 15_000 },
    id,
    name,
    value,
  );

describe('Paperdex in Firefox', () => {
  it('captures a daily page and marks every paper, both card copies', async () => {
    const page = await visit(DAILY);
    await page.waitForFunction(() => document.querySelectorAll('[data-paperdex-mark]').length === 10, { timeout: 15_000 });
    expect(await pressed(page, 'arxiv:2311.12424', 'Bookmark')).toBe('false');
    await page.close();
  }, 30_000);

  it('a bookmark made on the page is stored: after a reload the paper is seen before and still saved', async () => {
    const page = await visit(DAILY);
    await waitForPressed(page, 'arxiv:2310.17513', 'Bookmark', 'false');
    await click(page, 'arxiv:2310.17513', 'Bookmark');
    await waitForPressed(page, 'arxiv:2310.17513', 'Bookmark', 'true');
    await page.reload();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-paperdex-mark="arxiv:2310.17513"]')?.shadowRoot?.textContent?.includes('Seen') ===
        true,
      { timeout: 15_000 },
    );
    expect(await pressed(page, 'arxiv:2310.17513', 'Bookmark')).toBe('true');
    await page.close();
  }, 45_000);

  it('the same papers on an arXiv listing are one library: known, saved, and read there follows everywhere', async () => {
    const daily = await visit(DAILY);
    await waitForPressed(daily, 'arxiv:2311.12424', 'Mark as read', 'false');
    const listing = await visit(LISTING);
    await listing.waitForFunction(() => document.querySelectorAll('dt [data-paperdex-mark]').length === 5, { timeout: 15_000 });
    expect(await pressed(listing, 'arxiv:2310.17513', 'Bookmark')).toBe('true');
    await click(listing, 'arxiv:2311.12424', 'Mark as read');
    await waitForPressed(listing, 'arxiv:2311.12424', 'Mark as read', 'true');
    await waitForPressed(daily, 'arxiv:2311.12424', 'Mark as read', 'true'); // the other tab follows live
  }, 45_000);
});
