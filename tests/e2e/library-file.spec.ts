/** Moving a library between browsers: export from one library page, import into another's. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../../src/cli/chromium.js';
import { expect, serveSites, test, URLS, visit } from './harness.js';

async function libraryPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  return page;
}

async function importFile(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('dialog', { name: 'Import papers' }).locator('input[type=file]').setInputFiles(file);
}

test('export the library to a file and import it into another browser: nothing the person did is lost', async ({
  context,
  library,
  extensionId,
}) => {
  test.setTimeout(120_000);
  await visit(context, URLS.hfDaily);
  await expect.poll(async () => (await library.papers()).length).toBe(5);
  await library.send('paper/update', { id: 'arxiv:2311.12424', bookmarked: true, tags: ['seminar'], note: 'Friday' });
  await library.send('paper/update', { id: 'arxiv:2310.17513', read: true });

  const page = await libraryPage(context, extensionId);
  await page.getByRole('button', { name: 'Export…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export papers' }).getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'paperdex-export-')), (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(file).toMatch(/paperdex-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status')).toContainText('Exported 5 papers');
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.papers).toHaveLength(5);
  expect(exported.sightings).toHaveLength(5);

  // Another browser, its own library: one paper already there, with state of its own.
  const dir = mkdtempSync(join(tmpdir(), 'paperdex-e2e-other-'));
  const other = await launchWithExtension(dir, { headless: true, offline: true });
  try {
    await serveSites(other);
    const otherId = await extensionIdOf(other);
    const listing = await other.newPage();
    await listing.goto(URLS.arxivList);
    const otherPage = await libraryPage(other, otherId);
    const readPapers = (): Promise<Record<string, unknown>[]> =>
      otherPage.evaluate(
        () =>
          new Promise((done) => {
            const open = indexedDB.open('paperdex');
            open.onsuccess = () => {
              const request = open.result.transaction('papers').objectStore('papers').getAll();
              request.onsuccess = () => done(request.result);
            };
          }),
      );
    await expect.poll(async () => (await readPapers()).length).toBe(5);
    await otherPage.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'paper/update', payload: { id: 'arxiv:2311.12424', tags: ['mine'], note: 'Mine' } }),
    );

    // A corrupt file first: refused with the reason, nothing changes.
    const corrupt = join(dir, 'broken.json');
    writeFileSync(corrupt, readFileSync(file, 'utf8').slice(0, 2000));
    await importFile(otherPage, corrupt);
    const dialog = otherPage.getByRole('dialog', { name: 'Import papers' });
    await expect(dialog.getByText('file: not valid JSON', { exact: false })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await readPapers()).toHaveLength(5);

    await importFile(otherPage, file);
    await expect(dialog.getByRole('definition')).toHaveText(['1', '4', '0', '0']);
    await dialog.getByRole('button', { name: 'Import 5 papers' }).click();
    await expect(otherPage.getByRole('status')).toContainText('Imported: 1 new, 4 merged');
    const papers = await readPapers();
    expect(papers).toHaveLength(6); // the listing's 5 and the daily page's Dualformer
    const looped = papers.find((paper) => paper['id'] === 'arxiv:2311.12424')!;
    expect(looped).toMatchObject({ tags: ['mine', 'seminar'], note: 'Mine\n\nFriday', bookmarkedAt: expect.any(Number) });
    expect(papers.find((paper) => paper['id'] === 'arxiv:2310.17513')).toMatchObject({ readAt: expect.any(Number) });
    // And the imported papers are searchable at once.
    await otherPage.getByRole('searchbox', { name: 'Search the library' }).fill('tag:seminar');
    await expect(otherPage.locator('tbody tr.paper-row .row-title')).toHaveText(['Looped Transformers are Better at Learning Learning Algorithms']);
  } finally {
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
