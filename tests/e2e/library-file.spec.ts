import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../../src/cli/chromium.js';
import { expect, serveSites, test, URLS, visit } from './harness.js';

async function popupWithSettings(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 480, height: 590 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Settings' }).click();
  return popup;
}

test('export the library to a file and import it into another browser: nothing the person did is lost', async ({
  context,
  library,
  extensionId,
}) => {
  await visit(context, URLS.hfDaily);
  await expect.poll(async () => (await library.papers()).length).toBe(5);
  await library.send('paper/update', { id: 'arxiv:2311.12424', bookmarked: true, tags: ['seminar'], note: 'Friday' });
  await library.send('paper/update', { id: 'arxiv:2310.17513', read: true });

  const popup = await popupWithSettings(context, extensionId);
  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export library' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'paperdex-export-')), (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(file).toMatch(/paperdex-library-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(popup.getByRole('status')).toHaveText('Exported 5 papers.');
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
    const otherPopup = await popupWithSettings(other, otherId);
    const readPapers = (): Promise<Record<string, unknown>[]> =>
      otherPopup.evaluate(
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
    await otherPopup.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'paper/update', payload: { id: 'arxiv:2311.12424', tags: ['mine'], note: 'Mine' } }),
    );

    // A corrupt file first: refused with the reason, nothing changes.
    const corrupt = join(dir, 'broken.json');
    writeFileSync(corrupt, readFileSync(file, 'utf8').slice(0, 2000));
    await otherPopup.getByLabel('Import a library file').setInputFiles(corrupt);
    await expect(otherPopup.getByRole('status')).toContainText('not valid JSON');
    expect(await readPapers()).toHaveLength(5);

    await otherPopup.getByLabel('Import a library file').setInputFiles(file);
    await expect(otherPopup.getByRole('status')).toHaveText('Imported 1 new and 4 known papers.');
    const papers = await readPapers();
    expect(papers).toHaveLength(6); // the listing's 5 and the daily page's Dualformer
    const looped = papers.find((paper) => paper['id'] === 'arxiv:2311.12424')!;
    expect(looped).toMatchObject({ tags: ['mine', 'seminar'], note: 'Mine\n\nFriday', bookmarkedAt: expect.any(Number) });
    expect(papers.find((paper) => paper['id'] === 'arxiv:2310.17513')).toMatchObject({ readAt: expect.any(Number) });
    // And the imported papers are searchable at once.
    await otherPopup.getByRole('searchbox').fill('tag:seminar');
    await expect(otherPopup.getByRole('list', { name: 'Papers' }).getByRole('link')).toHaveText([
      'Looped Transformers are Better at Learning Learning Algorithms',
    ]);
  } finally {
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
