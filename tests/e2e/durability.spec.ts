/**
 * Captures that fail land later by themselves: a full disk that frees up, a service worker stopped in the
 * middle of a capture. And a library the browser cannot open is said so in the popup.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, serveSites, test, URLS, visit, type Library } from './harness.js';

type Row = Record<string, unknown>;

const DAILY_IDS = ['2305.16381', '2310.17513', '2310.18297', '2311.12424', '2410.09918'].map((id) => `arxiv:${id}`);

async function paperIds(library: Library): Promise<string[]> {
  return (await library.papers()).map((paper) => String(paper['id'])).sort();
}

function badge(background: Worker, url: string): () => Promise<string> {
  return () =>
    background.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    }, url);
}

/** A daily page of `count` papers, made from the saved daily page's embedded JSON (the JSON alone, no cards). */
function bigDailyPage(count: number): { html: string; titles: string[] } {
  const html = readFileSync('tests/fixtures/pages/hf-daily.html', 'utf8');
  const island = /data-target="DailyPapers" data-props="([^"]*)"/.exec(html)!;
  const props = JSON.parse(island[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as { dailyPapers: Row[] };
  const template = props.dailyPapers[0]!;
  const titles = Array.from({ length: count }, (_, i) => `Durable capture study ${i + 1}`);
  props.dailyPapers = titles.map((title, i) => ({
    ...template,
    title,
    paper: { ...(template['paper'] as Row), id: `2311.${String(20_000 + i).padStart(5, '0')}`, title },
  }));
  const attribute = JSON.stringify(props).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const page = html
    .replace(island[0], `data-target="DailyPapers" data-props="${attribute}"`)
    .replace(/<article[\s\S]*<\/article>/, '');
  return { html: page, titles };
}

/** Stops the extension's service worker the way Chromium does when it is idle or misbehaving. */
async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

async function openPopup(context: BrowserContext, extensionId: string, before?: () => void): Promise<Page> {
  const popup = await context.newPage();
  if (before) await popup.addInitScript(before);
  await popup.setViewportSize({ width: 480, height: 590 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

test('a full disk: once space is freed the page\'s papers land by themselves, with no reload', async ({
  context,
  library,
  background,
}) => {
  await background.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    (globalThis as Record<string, unknown>)['restorePut'] = () => (IDBObjectStore.prototype.put = original);
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await visit(context, URLS.hfDaily);
  await page.evaluate(() => ((window as unknown as Record<string, unknown>)['loadedOnce'] = true));
  await expect.poll(badge(background, URLS.hfDaily)).toBe('!');
  expect(await library.papers()).toEqual([]);

  await background.evaluate(() => ((globalThis as unknown as Record<string, () => void>)['restorePut']!)());
  // The first retry comes 5 s after the failure.
  await expect.poll(() => paperIds(library), { timeout: 30_000 }).toEqual(DAILY_IDS);
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['loadedOnce'])).toBe(true);
  await expect.poll(badge(background, URLS.hfDaily)).toBe('5');
  const sightings = await library.rows('sightings');
  expect(sightings.map((s) => s['paperId']).sort()).toEqual(DAILY_IDS);
  const problem = await (await library.extensionPage()).evaluate(async () => (await chrome.storage.local.get('lastProblem'))['lastProblem']);
  expect(problem).toBeUndefined();
});

test('the service worker stopped in the middle of a 1,000-paper capture: all or nothing, then it lands by itself', async ({
  context,
  library,
  background,
  extensionId,
}) => {
  test.slow(); // a thousand papers written twice, a worker stopped and started, and a 5 s wait for the retry
  const url = 'https://huggingface.co/papers/date/2023-11-23';
  const { html, titles } = bigDailyPage(1_000);
  await serveSites(context, { [url]: html });
  // Writes slowed as on a busy disk (2 ms a record), so the stop surely lands while the capture's
  // transaction is open; the worker says when its first paper is being written.
  await background.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    let announced = false;
    IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'papers' && !announced) {
        announced = true;
        console.log('paperdex-test: writing papers');
      }
      const until = performance.now() + 2;
      while (performance.now() < until);
      return original.apply(this, args);
    };
  });
  const writing = new Promise<void>((resolve) =>
    background.on('console', (message) => message.text() === 'paperdex-test: writing papers' && resolve()),
  );
  const page = await visit(context, url);
  await writing;
  await stopServiceWorkers(context, page);

  // Nothing of the interrupted capture is stored: no paper without its sighting, no backlog without papers.
  expect(await library.papers()).toEqual([]);
  expect(await library.rows('sightings')).toEqual([]);
  expect(await library.rows('pending')).toEqual([]);

  // The content script sends the page again (the first retry comes 5 s after the failure), to a new worker.
  await expect.poll(async () => (await library.papers()).length, { timeout: 30_000 }).toBe(1_000);
  const papers = await library.papers();
  const sightings = await library.rows('sightings');
  expect(papers.map((paper) => paper['title']).sort()).toEqual([...titles].sort());
  for (const paper of papers) {
    expect(paper).toMatchObject({ abstract: expect.stringContaining('looped'), url: expect.stringMatching(/^https:\/\/huggingface\.co\/papers\//) });
  }
  expect(sightings).toHaveLength(1_000);
  const sightingOf = new Map(sightings.map((sighting) => [sighting['paperId'], sighting]));
  const idOf = new Map(papers.map((paper) => [paper['title'], paper['id']]));
  for (const [i, title] of titles.entries()) {
    expect(sightingOf.get(idOf.get(title))).toMatchObject({ pageUrl: url, date: '2023-11-23', position: i + 1 });
  }

  // Every stored paper is found by the popup's search: the index (with its backlog) covers them all.
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('searchbox', { name: 'Search papers' }).fill('durable capture study');
  await expect(popup.getByRole('heading', { name: '1,000 results' })).toBeVisible();
  await popup.getByRole('searchbox', { name: 'Search papers' }).fill('durable 737');
  await expect(popup.getByRole('list', { name: 'Papers' }).locator('a.title').first()).toHaveText('Durable capture study 737');

  // And the next capture goes through as usual.
  await visit(context, URLS.hfDaily);
  await expect.poll(async () => (await library.papers()).length).toBe(1_005);
});

test('a library the browser cannot open: the popup says so and what to do, not an empty library', async ({
  context,
  library,
  extensionId,
}) => {
  await visit(context, URLS.hfDaily);
  await expect.poll(() => paperIds(library)).toEqual(DAILY_IDS);

  // IndexedDB failing as Chromium does when the database's files cannot be read.
  const popup = await openPopup(context, extensionId, () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (name !== 'paperdex') return open.call(this, name, version);
      const request = {
        error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'),
        result: undefined,
        readyState: 'done',
        onerror: null as ((event: Event) => void) | null,
        onsuccess: null,
        onupgradeneeded: null,
        onblocked: null,
      };
      setTimeout(() => request.onerror?.(new Event('error')));
      return request as unknown as IDBOpenDBRequest;
    };
  });
  const alert = popup.getByRole('alert').filter({ hasText: 'could not open your library' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Close every window of the browser and open it again');
  await expect(alert).toContainText('your papers are not deleted');
  await expect(popup.getByRole('heading', { name: 'No papers yet' })).toHaveCount(0);
  await expect(popup.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
});
