/**
 * The full-page library (library.html) in real Chromium: the table, sorting, search, selection and bulk
 * actions, tags, details, export and import, settings — on papers captured from the saved pages.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, URLS, visit, type Library } from './harness.js';

const LOOPED = 'Looped Transformers are Better at Learning Learning Algorithms';
const DPOK = 'DPOK: Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models';
const COSMO = 'Super-Resolution Emulation of Large Cosmological Fields with a 3D Conditional Diffusion Model';

async function captureAll(context: BrowserContext, library: Library): Promise<void> {
  for (const url of Object.values(URLS)) await (await visit(context, url)).close();
  await expect.poll(async () => (await library.papers()).length).toBe(12);
}

async function openLibrary(context: BrowserContext, extensionId: string, hash = '', colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/library.html${hash}`);
  return page;
}

const rows = (page: Page) => page.locator('tbody tr.paper-row');
const titles = (page: Page) => rows(page).locator('.row-title');
const row = (page: Page, title: string) => rows(page).filter({ has: page.locator('.row-title', { hasText: title }) });
const summary = (page: Page) => page.locator('.list-summary');

async function tempFile(name: string, content: string): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'paperdex-import-')), name);
  writeFileSync(file, content);
  return file;
}

async function exportAs(page: Page, scope: RegExp, format: RegExp): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export papers' });
  await dialog.getByRole('radio', { name: scope }).check();
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'paperdex-export-')), (await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

async function importText(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import papers' });
  await dialog.getByRole('textbox', { name: 'Or paste text' }).fill(text);
  await dialog.getByRole('button', { name: 'Read pasted text' }).click();
}

const importSummary = (page: Page) => page.getByRole('definition');

test('the table lists every paper and sorts by its columns', async ({ context, library, extensionId }) => {
  await captureAll(context, library);
  const page = await openLibrary(context, extensionId);
  await expect(rows(page)).toHaveCount(12);
  await expect(summary(page)).toContainText('12 papers, most recently seen first');

  await page.getByRole('button', { name: 'Title' }).click();
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  const ascending = await titles(page).allTextContents();
  const folded = (title: string): string => title.toLowerCase().replace(/^[^a-z0-9]+/, '');
  expect(ascending).toEqual([...ascending].sort((a, b) => (folded(a) < folded(b) ? -1 : 1)));
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'descending');
  await expect(titles(page)).toHaveText([...ascending].reverse());

  await page.getByRole('button', { name: 'Upvotes' }).click();
  const upvotes = (await rows(page).locator('td.col-num').allTextContents()).map((text) => (text ? Number(text) : undefined));
  const known = upvotes.filter((value): value is number => value !== undefined);
  expect(known.length).toBeGreaterThan(2);
  expect(known).toEqual([...known].sort((a, b) => b - a));
  // Papers without upvotes (arXiv only) come after every paper with some.
  expect(upvotes.slice(0, known.length)).toEqual(known);
});

test('search, views and tags filter the table', async ({ context, library, extensionId }) => {
  await captureAll(context, library);
  await library.send('paper/update', { id: 'arxiv:2305.16381', bookmarked: true, tags: ['rl'] });
  await library.send('paper/update', { id: 'arxiv:2311.12424', read: true });
  const page = await openLibrary(context, extensionId);
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('diffusion');
  await expect(titles(page)).toContainText([DPOK]);
  await expect(titles(page).filter({ hasText: COSMO })).toHaveCount(1);
  await expect(summary(page)).toContainText('best match first');
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('');

  await page.getByRole('button', { name: /^Unread/ }).click();
  await expect(rows(page)).toHaveCount(11);
  await expect(row(page, LOOPED)).toHaveCount(0);
  await page.getByRole('button', { name: /^Bookmarked/ }).click();
  await expect(titles(page)).toHaveText([DPOK]);
  await page.getByRole('button', { name: /^All papers/ }).click();
  await page.getByRole('button', { name: /# rl/ }).click();
  await expect(titles(page)).toHaveText([DPOK]);
  await expect(summary(page)).toContainText('tagged rl');
});

test('select a range, mark read, tag, bookmark, then delete and undo: nothing is lost', async ({ context, library, extensionId }) => {
  await captureAll(context, library);
  await library.send('paper/update', { id: 'arxiv:2311.12424', note: 'Keep this note', tags: ['seminar'] });
  const page = await openLibrary(context, extensionId);
  await page.getByRole('button', { name: 'Title' }).click();
  const first4 = (await titles(page).allTextContents()).slice(0, 4);
  await rows(page).nth(0).getByRole('checkbox').click();
  await rows(page).nth(3).getByRole('checkbox').click({ modifiers: ['Shift'] });
  const bar = page.getByRole('toolbar', { name: 'Selected papers' });
  await expect(bar).toContainText('4 selected');

  await bar.getByRole('button', { name: 'Mark read' }).click();
  await expect(page.getByRole('status')).toContainText('Marked 4 papers as read');
  for (const title of first4) await expect(row(page, title).getByRole('button', { name: 'Read' })).toHaveAttribute('aria-pressed', 'true');
  await bar.getByRole('button', { name: 'Add tag…' }).click();
  await bar.getByRole('textbox', { name: 'Tag to add' }).fill('To Read');
  await bar.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Tagged 4 papers “To Read”');
  await bar.getByRole('button', { name: 'Bookmark', exact: true }).click();
  await expect.poll(async () => (await library.papers()).filter((p) => (p['tags'] as string[]).includes('to-read')).length).toBe(4);
  const stored = await library.papers();
  const chosen = stored.filter((p) => first4.includes(p['title'] as string));
  expect(chosen.every((p) => typeof p['readAt'] === 'number' && typeof p['bookmarkedAt'] === 'number')).toBe(true);

  // Delete the selection, then undo: every paper back with its state and its sightings.
  const before = { papers: await library.papers(), sightings: await library.rows('sightings') };
  await bar.getByRole('button', { name: 'Delete' }).click();
  await expect(rows(page)).toHaveCount(8);
  await expect.poll(async () => (await library.papers()).length).toBe(8);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(12);
  await expect.poll(async () => sortById(await library.papers())).toEqual(sortById(before.papers));
  expect(sortByKey(await library.rows('sightings'))).toEqual(sortByKey(before.sightings));

  // Deleted and the message gone: the paper waits in "Recently deleted", and comes back from there whole.
  await row(page, LOOPED).getByRole('checkbox').click();
  await page.getByRole('toolbar', { name: 'Selected papers' }).getByRole('button', { name: 'Delete' }).click();
  await expect(rows(page)).toHaveCount(11);
  await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('link', { name: 'Recently deleted' }).click();
  const trash = page.getByRole('list', { name: 'Deleted papers' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await expect(trash).toContainText(LOOPED);
  await trash.getByRole('button', { name: `Restore ${LOOPED}` }).click();
  await expect(page.getByText('Nothing was deleted in the last 30 days.')).toBeVisible();
  await page.getByRole('button', { name: /^All papers/ }).click();
  await expect(rows(page)).toHaveCount(12);
  await expect.poll(async () => sortById(await library.papers())).toEqual(sortById(before.papers));
});

test('tags are renamed, merged and deleted across the library', async ({ context, library, extensionId }) => {
  await captureAll(context, library);
  await library.send('paper/update', { id: 'arxiv:2305.16381', tags: ['rl', 'diffusion'] });
  await library.send('paper/update', { id: 'arxiv:2311.12424', tags: ['reinforcement'] });
  await library.send('paper/update', { id: 'arxiv:2310.17513', tags: ['rl'] });
  const page = await openLibrary(context, extensionId);
  const side = page.getByRole('navigation', { name: 'Library' });
  await expect(side.getByRole('button', { name: /# rl\s*2/ })).toBeVisible();
  await side.getByRole('button', { name: 'Manage' }).click();

  await side.getByRole('textbox', { name: 'New name for tag reinforcement' }).fill('rl');
  await expect(side.getByText('Merges “reinforcement” into the existing tag “rl”.')).toBeVisible();
  await side.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status')).toContainText('Renamed “reinforcement” to “rl” on 1 paper');
  await side.getByRole('textbox', { name: 'New name for tag diffusion' }).fill('generative');
  await side.locator('li', { has: page.getByRole('textbox', { name: 'New name for tag diffusion' }) }).getByRole('button', { name: 'Rename' }).click();
  await expect.poll(async () => tagsById(await library.papers())).toEqual({
    'arxiv:2305.16381': ['rl', 'generative'],
    'arxiv:2311.12424': ['rl'],
    'arxiv:2310.17513': ['rl'],
  });
  await side.getByRole('button', { name: 'Delete tag (3)' }).click();
  await side.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect.poll(async () => tagsById(await library.papers())).toEqual({ 'arxiv:2305.16381': ['generative'] });
});

test("details: abstract, links, note, and where the paper was seen with upvotes over time", async ({ context, library, extensionId }) => {
  await (await visit(context, URLS.hfDaily)).close();
  await expect.poll(async () => (await library.papers()).length).toBe(5);
  // Two more days of the same digest, with more upvotes each time.
  const [looped] = (await library.papers()).filter((p) => p['id'] === 'arxiv:2311.12424');
  const [seen] = (await library.rows('sightings')).filter((s) => s['paperId'] === 'arxiv:2311.12424');
  const day = 24 * 3600 * 1000;
  const later = [1, 2].map((n) => ({
    ...seen,
    key: `arxiv:2311.12424 later-${n}`,
    seenAt: (seen!['seenAt'] as number) + n * day,
    upvotes: (seen!['upvotes'] as number) + n * 10,
  }));
  const file = await tempFile('more.json', JSON.stringify({ format: 'paperdex-library', version: 1, exportedAt: new Date().toISOString(), papers: [looped], sightings: later }));
  const page = await openLibrary(context, extensionId);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('dialog').locator('input[type=file]').setInputFiles(file);
  await page.getByRole('dialog').getByRole('button', { name: /^Import/ }).click();
  await expect(page.getByRole('status')).toContainText('Imported');

  await row(page, LOOPED).locator('.row-title').click();
  const pane = page.getByRole('complementary', { name: 'Paper details' });
  await expect(pane.getByRole('heading', { name: LOOPED, exact: true })).toBeVisible();
  await expect(pane.locator('.abstract')).toContainText('Transformers');
  await expect(pane.getByRole('link', { name: 'PDF' })).toHaveAttribute('href', /arxiv\.org\/pdf\/2311\.12424/);
  await expect(pane.getByRole('img', { name: /Upvotes went from \d+ .* to \d+ .* over 3 readings/ })).toBeVisible();
  await pane.getByRole('textbox', { name: 'Note' }).fill('Compare with the looped baseline');
  await pane.getByRole('button', { name: 'Mark as read' }).click();
  await expect.poll(async () => (await library.papers()).find((p) => p['id'] === 'arxiv:2311.12424')?.['note']).toBe('Compare with the looped baseline');
  await expect(row(page, LOOPED).getByRole('button', { name: 'Read' })).toHaveAttribute('aria-pressed', 'true');
});

test('export the whole library, the listed papers or the selection as JSON, BibTeX, CSV and Markdown', async ({ context, library, extensionId }) => {
  await captureAll(context, library);
  await library.send('paper/update', { id: 'arxiv:2311.12424', read: true, tags: ['seminar'] });
  const page = await openLibrary(context, extensionId);

  await page.getByRole('button', { name: 'Export…' }).click();
  const json = JSON.parse(readFileSync(await exportAs(page, /Whole library \(12\)/, /Paperdex JSON/), 'utf8'));
  expect(json.papers).toHaveLength(12);
  expect(json.sightings.length).toBeGreaterThanOrEqual(12);

  await page.getByRole('searchbox', { name: 'Search the library' }).fill('diffusion');
  const listed = await rows(page).count();
  await page.getByRole('button', { name: 'Export…' }).click();
  const bib = readFileSync(await exportAs(page, /Papers listed now/, /BibTeX/), 'utf8');
  expect(bib.match(/^@misc\{/gm)).toHaveLength(listed);
  expect(bib).toContain('eprint = {2305.16381}');
  expect(bib).toContain('archivePrefix = {arXiv}');

  await page.getByRole('searchbox', { name: 'Search the library' }).fill('');
  await rows(page).nth(0).getByRole('checkbox').click();
  await rows(page).nth(1).getByRole('checkbox').click();
  await page.getByRole('toolbar', { name: 'Selected papers' }).getByRole('button', { name: 'Export…' }).click();
  const csv = readFileSync(await exportAs(page, /Selected papers \(2\)/, /CSV/), 'utf8');
  expect(csv.trim().split(/\r?\n/)[0]).toMatch(/^id,/);
  await page.getByRole('toolbar', { name: 'Selected papers' }).getByRole('button', { name: 'Export…' }).click();
  const markdown = readFileSync(await exportAs(page, /Whole library/, /Markdown/), 'utf8');
  expect(markdown).toContain(`[x] [${LOOPED}]`);
  expect(markdown.match(/^- \[[ x]\] /gm)).toHaveLength(12);
});

test('import shows what it will do, applies it whole, and a second import of the same file changes nothing', async ({ context, library, extensionId }) => {
  await (await visit(context, URLS.hfDaily)).close();
  await expect.poll(async () => (await library.papers()).length).toBe(5);
  await library.send('paper/update', { id: 'arxiv:2311.12424', bookmarked: true, tags: ['mine'] });
  const page = await openLibrary(context, extensionId);

  // A list of ids: three known, one new, one line that is not an id.
  await importText(page, '2311.12424\nhttps://arxiv.org/abs/1706.03762v7\nnot an id at all\narxiv.org/abs/2305.16381\n2310.17513');
  await expect(importSummary(page)).toHaveText(['1', '0', '3', '1']);
  await page.getByRole('dialog').getByText('Left out, with the reason').click();
  await expect(page.getByRole('dialog').getByRole('listitem')).toHaveText(['line 3: not an arXiv id or URL']);
  await page.getByRole('dialog').getByRole('button', { name: 'Import 1 papers' }).click();
  await expect(page.getByRole('status')).toContainText('Imported: 1 new');
  await expect.poll(async () => (await library.papers()).length).toBe(6);
  const known = (await library.papers()).find((p) => p['id'] === 'arxiv:2311.12424')!;
  expect(known['tags']).toEqual(['mine']);
  expect(typeof known['bookmarkedAt']).toBe('number');

  // BibTeX: one paper with an arXiv eprint, new; the same file again adds nothing.
  const bib = '@misc{vaswani2017attention,\n  title = {Attention Is All You Need},\n  author = {Vaswani, Ashish and Shazeer, Noam},\n  year = {2017},\n  eprint = {1706.03762},\n  archivePrefix = {arXiv},\n  keywords = {transformers}\n}\n@article{broken, title = {Unterminated';
  await importText(page, bib);
  await expect(importSummary(page)).toHaveText(['0', '1', '0', '1']);
  await page.getByRole('dialog').getByRole('button', { name: /^Import 1 papers/ }).click();
  await expect.poll(async () => (await library.papers()).find((p) => p['id'] === 'arxiv:1706.03762')?.['title']).toBe('Attention Is All You Need');
  await importText(page, bib);
  await expect(importSummary(page)).toHaveText(['0', '0', '1', '1']);
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  // A corrupt file adds nothing and says why.
  const papers = await library.papers();
  const file = await tempFile('broken.json', '{"format":"paperdex-library","version":1,"papers":[{"id":"arxiv:2401.00001"');
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('dialog').locator('input[type=file]').setInputFiles(file);
  await expect(page.getByRole('dialog').getByText(/not valid JSON/)).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  expect(sortById(await library.papers())).toEqual(sortById(papers));
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  // The disk fills up while an import is written: it is not applied, and the library is as it was.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if (++writes > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await importText(page, '2401.00001\n2401.00002\n2401.00003');
  await page.getByRole('dialog').getByRole('button', { name: 'Import 3 papers' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('The disk is full, so the import was not applied');
  expect(sortById(await library.papers())).toEqual(sortById(papers));
});

test('settings: capture per site and pause, what the popup shows first, shortcut and storage', async ({ context, library, extensionId }) => {
  const page = await openLibrary(context, extensionId, '#settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('checkbox', { name: /arXiv listings/ }).uncheck();
  await expect.poll(() => page.evaluate(async () => (await chrome.storage.local.get('settings'))['settings'])).toMatchObject({ pausedSites: ['arxiv.org'] });
  await (await visit(context, URLS.arxivList)).close();
  await (await visit(context, URLS.hfDaily)).close();
  await expect.poll(async () => (await library.papers()).length).toBe(5); // arXiv paused, Hugging Face not
  await page.getByRole('checkbox', { name: 'Save papers from pages I visit' }).uncheck();
  await expect(page.getByRole('checkbox', { name: /Hugging Face papers/ })).toBeDisabled();

  await page.getByRole('combobox', { name: 'When the popup opens, show' }).selectOption('unread');
  // The shortcut shown is the one the browser has (headless Chromium may assign none).
  const shortcut = await page.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut);
  await expect(page.getByText('Keyboard shortcut to open it:')).toContainText(shortcut || 'none set');
  await expect(page.getByText(/Paperdex uses .* of the .* the browser allows it/)).toBeVisible();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: /^Unread/ })).toHaveAttribute('aria-pressed', 'true');
});

test('20,000 papers: the table stays a screenful of rows, scrolls to the end and sorts', async ({ context, extensionId }) => {
  test.setTimeout(240_000);
  const day = 24 * 3600 * 1000;
  const papers = Array.from({ length: 20_000 }, (_, i) => {
    const id = `${2400 + Math.floor(i / 9000)}.${String(10000 + (i % 9000)).padStart(5, '0')}`;
    return {
      id: `arxiv:${id}`,
      arxivId: id,
      title: `Paper ${String(i).padStart(5, '0')} on scaling`,
      authors: [`Author ${i % 97}`],
      sites: ['arxiv.org'],
      firstSeenAt: 1_700_000_000_000 + i * day,
      lastSeenAt: 1_700_000_000_000 + i * day,
      updatedAt: 1_700_000_000_000 + i * day,
      upvotes: i % 500,
      tags: [],
      note: '',
    };
  });
  const file = await tempFile('big.json', JSON.stringify({ format: 'paperdex-library', version: 1, exportedAt: new Date().toISOString(), papers, sightings: [] }));
  const page = await openLibrary(context, extensionId);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('dialog').locator('input[type=file]').setInputFiles(file);
  await expect(importSummary(page).first()).toHaveText('20,000', { timeout: 60_000 });
  await page.getByRole('dialog').getByRole('button', { name: /^Import 20,000 papers/ }).click();
  await expect(page.getByRole('status')).toContainText('Imported: 20,000 new', { timeout: 60_000 });
  await page.reload();
  await expect(summary(page)).toContainText('20,000 papers', { timeout: 30_000 });
  await expect(titles(page).first()).toHaveText('Paper 19999 on scaling');
  expect(await rows(page).count()).toBeLessThan(80);
  await expect(page.locator('.list-summary .loading')).toHaveCount(0, { timeout: 30_000 }); // every row read
  // Scrolling on lists more (a thousand at a time) until the oldest paper is reached.
  await expect
    .poll(
      async () => {
        await page.locator('.table-scroll').evaluate((element) => (element.scrollTop = element.scrollHeight));
        return titles(page).last().textContent();
      },
      { timeout: 60_000 },
    )
    .toBe('Paper 00000 on scaling');
  expect(await rows(page).count()).toBeLessThan(80);
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(titles(page).first()).toHaveText('Paper 00000 on scaling');
});

test('the library page has no accessibility violations, light or dark', async ({ context, library, extensionId }) => {
  await captureAll(context, library);
  await library.send('paper/update', { id: 'arxiv:2305.16381', bookmarked: true, tags: ['rl'] });
  for (const scheme of ['light', 'dark'] as const) {
    const page = await openLibrary(context, extensionId, '', scheme);
    await rows(page).nth(0).getByRole('checkbox').click();
    await row(page, DPOK).locator('.row-title').click();
    await expect(page.getByRole('complementary', { name: 'Paper details' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`library-${scheme}.png`) });
    await page.goto(`chrome-extension://${extensionId}/library.html#settings`);
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`library-settings-${scheme}.png`) });
    await page.close();
  }
});

function sortById(records: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...records].sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
}

function sortByKey(records: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...records].sort((a, b) => String(a['key']).localeCompare(String(b['key'])));
}

function tagsById(papers: Record<string, unknown>[]): Record<string, string[]> {
  return Object.fromEntries(papers.filter((p) => (p['tags'] as string[]).length > 0).map((p) => [p['id'], p['tags'] as string[]]));
}
