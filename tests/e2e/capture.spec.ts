import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { clickToolbarButton, expect, plainPage, serveSites, test, URLS, visit, type Library } from './harness.js';

type Row = Record<string, unknown>;

async function paperIds(library: Library): Promise<string[]> {
  return (await library.papers()).map((paper) => String(paper['id'])).sort();
}

async function settle(page: Page): Promise<void> {
  // The content script reads the page again at most 400 ms after the DOM changes.
  await page.waitForTimeout(900);
}

const DAILY_IDS = ['2305.16381', '2310.17513', '2310.18297', '2311.12424', '2410.09918'].map((id) => `arxiv:${id}`);

test('a daily page lands in the library with its fields and a sighting', async ({ context, library }) => {
  await visit(context, URLS.hfDaily);
  await expect.poll(() => paperIds(library)).toEqual(DAILY_IDS);
  const looped = (await library.papers()).find((paper) => paper['id'] === 'arxiv:2311.12424');
  expect(looped).toMatchObject({
    title: 'Looped Transformers are Better at Learning Learning Algorithms',
    authors: ['Liu Yang', 'Kangwook Lee', 'Robert Nowak', 'Dimitris Papailiopoulos'],
    upvotes: 12,
    commentCount: 1,
    githubUrl: 'https://github.com/Leiay/looped_transformer',
    sites: ['huggingface.co'],
    tags: [],
    note: '',
  });
  expect(looped).not.toHaveProperty('bookmarkedAt');
  const sightings = await library.rows('sightings');
  expect(sightings.filter((s) => s['paperId'] === 'arxiv:2311.12424')).toEqual([
    expect.objectContaining({ pageKind: 'hf-daily', date: '2023-11-22', position: 1, upvotes: 12, commentCount: 1 }),
  ]);
});

test('every saved page is read: one paper per arXiv id, fields merged across sites', async ({ context, library }) => {
  for (const url of Object.values(URLS)) await visit(context, url);
  await expect.poll(async () => (await library.papers()).length).toBe(12);
  const papers = await library.papers();
  const byId = new Map(papers.map((paper) => [paper['id'], paper]));
  // The search page's 5 visible results, not the 2 unrelated papers of its embedded JSON.
  for (const id of ['2504.13837', '2403.13043', '2505.21411', '2205.13147', '2211.15661']) {
    expect(byId.has(`arxiv:${id}`)).toBe(true);
  }
  expect(byId.get('arxiv:2311.12424')).toMatchObject({
    sites: expect.arrayContaining(['huggingface.co', 'arxiv.org']),
    categories: ['cs.LG'],
    version: 'v1',
    upvotes: 12,
  });
  expect(byId.get('arxiv:2311.05217')).toMatchObject({ arxivComment: '19 pages, 11 figures' });
  expect(byId.get('arxiv:2310.03714')).toMatchObject({ upvotes: 33, authorCount: 13 });
  const sightings = (await library.rows('sightings')).filter((s) => s['paperId'] === 'arxiv:2311.12424');
  expect(sightings.map((s) => s['pageKind']).sort()).toEqual(['arxiv-abs', 'arxiv-list', 'hf-daily']);
  expect(sightings.find((s) => s['pageKind'] === 'hf-search')).toBeUndefined();
});

test('search results that arrive after the page loaded are captured, then new views too', async ({ context, library }) => {
  const html = readFileSync('tests/fixtures/pages/hf-search.html', 'utf8');
  const grid = /<div class="relative grid gap-5 grid-cols-1">[\s\S]*<\/article><\/div>/.exec(html)![0];
  const empty = html.replace(grid, '<div class="relative grid gap-5 grid-cols-1"></div>');
  const url = 'https://huggingface.co/papers?q=matryoshka';
  await serveSites(context, { [url]: empty });
  const page = await visit(context, url);
  await settle(page);
  expect(await paperIds(library)).toEqual([]); // the embedded JSON's unrelated papers are not taken
  await page.evaluate((cards) => {
    // The site's own markup arriving, as its script inserts it.
    const container = document.querySelector('.grid')!;
    container.replaceWith(document.createRange().createContextualFragment(cards));
  }, grid);
  await expect.poll(async () => (await library.papers()).length).toBe(5);
  const sightings = await library.rows('sightings');
  expect(new Set(sightings.map((s) => s['query']))).toEqual(new Set(['matryoshka']));

  // The site navigates client-side to a new search: a new view, read again.
  await page.evaluate(() => {
    history.pushState({}, '', '/papers?q=reasoning');
    document.querySelector('article')!.remove();
  });
  await expect.poll(async () => new Set((await library.rows('sightings')).map((s) => s['query']))).toEqual(
    new Set(['matryoshka', 'reasoning']),
  );
  expect((await library.papers()).length).toBe(5);
});

test('reloading a page adds no duplicates', async ({ context, library }) => {
  const page = await visit(context, URLS.hfDaily);
  await expect.poll(() => paperIds(library)).toEqual(DAILY_IDS);
  const sightingsBefore = (await library.rows('sightings')).length;
  await page.reload();
  await settle(page);
  await page.reload();
  await settle(page);
  expect(await paperIds(library)).toEqual(DAILY_IDS);
  expect((await library.rows('sightings')).length).toBe(sightingsBefore);
});

test('two tabs capturing overlapping pages at the same time give one paper each', async ({ context, library }) => {
  const tabs = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
  await Promise.all([tabs[0]!.goto(URLS.hfDaily), tabs[1]!.goto(URLS.arxivList), tabs[2]!.goto(URLS.hfDaily)]);
  await expect.poll(async () => (await library.papers()).length).toBe(6);
  const ids = await paperIds(library);
  expect(new Set(ids).size).toBe(ids.length);
  const shared = (await library.papers()).filter((paper) => (paper['sites'] as string[]).length === 2);
  expect(shared.map((paper) => paper['id']).sort()).toEqual(
    ['arxiv:2305.16381', 'arxiv:2310.17513', 'arxiv:2310.18297', 'arxiv:2311.12424'],
  );
});

test('the toolbar badge counts the papers a page added', async ({ context, background }) => {
  const badge = (url: string) => (): Promise<string> =>
    background.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    }, url);
  const page = await visit(context, URLS.hfDaily);
  await expect.poll(badge(URLS.hfDaily)).toBe('5');
  const listing = await visit(context, URLS.arxivList); // 4 of its 5 papers are already known
  await expect.poll(badge(URLS.arxivList)).toBe('1');
  await page.reload();
  await settle(page);
  expect(await badge(URLS.hfDaily)()).toBe('');
  await listing.close();
});

test('pause stores nothing, everywhere or per site', async ({ context, library }) => {
  const extensionPage = await library.extensionPage();
  await extensionPage.evaluate(() => chrome.storage.local.set({ settings: { paused: true, pausedSites: [] } }));
  const daily = await visit(context, URLS.hfDaily);
  await settle(daily);
  expect(await library.papers()).toEqual([]);
  expect(await library.rows('sightings')).toEqual([]);

  await extensionPage.evaluate(() =>
    chrome.storage.local.set({ settings: { paused: false, pausedSites: ['huggingface.co'] } }),
  );
  await visit(context, URLS.arxivList);
  await expect.poll(async () => (await library.papers()).length).toBe(5);
  await daily.reload();
  await settle(daily);
  expect((await library.papers()).every((paper) => (paper['sites'] as string[]).join() === 'arxiv.org')).toBe(true);

  // Resuming capture reads the open page again.
  await extensionPage.evaluate(() => chrome.storage.local.set({ settings: { paused: false, pausedSites: [] } }));
  await expect.poll(async () => (await library.papers()).length).toBe(6);
});

const LOOPED_TEXT = [
  'Looped Transformers are Better at Learning Learning Algorithms',
  '',
  readFileSync('seeds/004_0fb01e3db21abc0f.txt', 'utf8').split('\n')[0]!,
].join('\n');

test('"Save papers on this page" reads a plain page made from a seed', async ({ context, library, extensionId }) => {
  const seed = readFileSync('seeds/002_15266abf586ccb1a.txt', 'utf8');
  await serveSites(context, {
    'https://digest.example/seed-002.html': plainPage('Digest', seed),
    'https://digest.example/nothing.html': plainPage('Notes', 'Nothing to see here\n\nJust a note.'),
  });
  const tab = await visit(context, 'https://digest.example/seed-002.html');
  const popup = await clickToolbarButton(context, tab, extensionId);
  await popup.getByRole('button', { name: 'Save papers on this page' }).click();
  await expect(popup.getByRole('status')).toContainText('59');
  await expect.poll(async () => (await library.papers()).length).toBe(59);
  const papers = await library.papers();
  const moe = papers.find((paper) => paper['title'] === 'Mixture-of-Experts Meets In-Context Reinforcement Learning');
  expect(moe).toMatchObject({ authorCount: 7, commentCount: 2, sites: ['digest.example'] });

  const empty = await visit(context, 'https://digest.example/nothing.html');
  const secondPopup = await clickToolbarButton(context, empty, extensionId);
  await secondPopup.getByRole('button', { name: 'Save papers on this page' }).click();
  await expect(secondPopup.getByRole('status')).toContainText(/no papers/i);
  expect((await library.papers()).length).toBe(59);
});

test('a paper seen as text first, then on a site, becomes one paper and keeps what the person did', async ({
  context,
  library,
  extensionId,
}) => {
  await serveSites(context, { 'https://digest.example/notes.html': plainPage('Notes', LOOPED_TEXT) });
  const notes = await visit(context, 'https://digest.example/notes.html');
  const popup = await clickToolbarButton(context, notes, extensionId);
  await popup.getByRole('button', { name: 'Save papers on this page' }).click();
  await expect.poll(async () => (await library.papers()).length).toBe(1);
  const [textPaper] = await library.papers();
  expect(String(textPaper!['id'])).toMatch(/^title:[0-9a-f]{16}$/);
  const update = await library.send('paper/update', {
    id: textPaper!['id'],
    bookmarked: true,
    read: true,
    tags: ['looping'],
    note: 'Read this for the reading group',
  });
  expect(update.ok).toBe(true);

  await visit(context, URLS.hfDaily);
  await expect.poll(() => paperIds(library)).toEqual(DAILY_IDS);
  const looped = (await library.papers()).find((paper) => paper['id'] === 'arxiv:2311.12424') as Row;
  expect(looped).toMatchObject({ tags: ['looping'], note: 'Read this for the reading group', upvotes: 12 });
  expect(looped['bookmarkedAt']).toEqual(expect.any(Number));
  expect(looped['readAt']).toEqual(expect.any(Number));
  const sightings = (await library.rows('sightings')).filter((s) => s['paperId'] === 'arxiv:2311.12424');
  expect(sightings.map((s) => s['pageKind']).sort()).toEqual(['hf-daily', 'text']);
});

test('bad input loses nothing: malformed messages are refused, an unreadable page stores nothing', async ({
  context,
  library,
}) => {
  const refused = await library.send('capture', { page: { kind: 'hf-daily' }, entries: [{ id: 42 }], newView: true });
  expect(refused).toEqual({ ok: false, error: 'malformed capture message' });
  const unknown = await library.send('drop-everything', {});
  expect(unknown.ok).toBe(false);

  const broken = readFileSync('tests/fixtures/pages/hf-daily.html', 'utf8')
    .replace(/data-target="DailyPapers" data-props="[^"]*"/, 'data-target="DailyPapers" data-props="{not json"')
    .replace(/<article[\s\S]*<\/article>/, '');
  await serveSites(context, { 'https://huggingface.co/papers/date/2023-11-23': broken });
  const page = await visit(context, 'https://huggingface.co/papers/date/2023-11-23');
  await settle(page);
  expect(await library.papers()).toEqual([]);
});

test('a full disk is reported and nothing is half-written', async ({ context, library, background }) => {
  await background.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    (globalThis as Record<string, unknown>)['restorePut'] = () => (IDBObjectStore.prototype.put = original);
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await visit(context, URLS.hfDaily);
  await settle(page);
  expect(await library.papers()).toEqual([]);
  const problem = await (await library.extensionPage()).evaluate(async () =>
    (await chrome.storage.local.get('lastProblem'))['lastProblem'],
  );
  expect(problem).toMatchObject({ message: expect.stringContaining('disk is full') });
  const badge = await background.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://huggingface.co/*' });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  });
  expect(badge).toBe('!');

  await background.evaluate(() => ((globalThis as unknown as Record<string, () => void>)['restorePut']!)());
  await page.reload();
  await expect.poll(() => paperIds(library)).toEqual(DAILY_IDS);
});
