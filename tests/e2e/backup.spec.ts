/**
 * Backups in real Chromium, files and all.
 *
 * Granting: Chrome asks the person before it grants `downloads` (the permission carries a warning), and
 * neither a command-line switch nor a DevTools command answers that prompt. So the profile is first opened
 * with a copy of the extension that lists `downloads` as required — as if the person had allowed it once —
 * and then with the real build, where `downloads` and `offscreen` are optional. The click on "Back up the
 * library automatically" then goes through permissions.request exactly as in use: `downloads` is already
 * granted, and `offscreen` (no warning) is granted by the click without a prompt. Not covered here: Chrome's
 * prompt itself, and a person refusing it.
 *
 * Downloads go to a folder of the test's own (the profile's download directory), under the browser's own
 * download handling rather than Playwright's, which would rename every file.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { readLibraryFile } from '../../src/core/library-file.js';
import { DIST_CHROME, launchWithExtension } from '../../src/cli/chromium.js';
import { expect, serveSites, test as base, URLS, visit, type Library } from './harness.js';

const FOLDER = 'Paperdex backups';

const test = base.extend<{ downloads: string }>({
  // eslint-disable-next-line no-empty-pattern
  downloads: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'paperdex-downloads-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ downloads }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'paperdex-backup-'));
    const extensionDir = join(root, 'extension');
    const profile = join(root, 'profile');
    cpSync(DIST_CHROME, extensionDir, { recursive: true });
    const manifestFile = join(extensionDir, 'manifest.json');
    const built = readFileSync(manifestFile, 'utf8');
    const manifest = JSON.parse(built) as { permissions: string[]; optional_permissions: string[] };
    expect(manifest.optional_permissions).toEqual(['downloads', 'offscreen']);
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, permissions: [...manifest.permissions, 'downloads'], optional_permissions: ['offscreen'] }));
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: downloads, prompt_for_download: false } }));
    const first = await launchWithExtension(profile, { headless: true, offline: true, extensionDir });
    await (first.serviceWorkers()[0] ?? first.waitForEvent('serviceworker'));
    await first.close();

    writeFileSync(manifestFile, built);
    const context = await launchWithExtension(profile, { headless: true, offline: true, extensionDir });
    await serveSites(context);
    const cdp = await browserDefaultDownloads(profile);
    await use(context);
    await cdp.close();
    await context.close();
    rmSync(root, { recursive: true, force: true });
  },
});

/** Hands downloads back to the browser's own handling (Playwright's saves every file under a random name). */
async function browserDefaultDownloads(profile: string): Promise<Browser> {
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  await (await cdp.newBrowserCDPSession()).send('Browser.setDownloadBehavior', { behavior: 'default' });
  return cdp;
}

async function openBackupSettings(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/library.html#settings`);
  await expect(page.getByRole('heading', { name: 'Backups' })).toBeVisible();
}

function backupFiles(downloads: string): string[] {
  const folder = join(downloads, FOLDER);
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

async function paperIds(library: Library): Promise<string[]> {
  return (await library.papers()).map((paper) => String(paper['id'])).sort();
}

/** The file a shown result names (`… in Paperdex backups/NAME.json.`), as it is on disk. */
function namedFile(result: string): string {
  const name = /in Paperdex backups\/(.+?\.json)\./.exec(result)?.[1];
  if (!name) throw new Error(`no file named in "${result}"`);
  return name;
}

const grantedPermissions = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const api = chrome as unknown as { permissions: { getAll(): Promise<{ permissions?: string[] }> } };
    return (await api.permissions.getAll()).permissions ?? [];
  });

test('turning backups on writes the library to the downloads folder; with 2 kept, three backups leave the newest two', async ({
  context,
  library,
  extensionId,
  downloads,
}) => {
  await visit(context, URLS.hfDaily);
  await expect.poll(() => paperIds(library)).toHaveLength(5);
  const papersBefore = await library.papers();

  const page = await context.newPage();
  await openBackupSettings(page, extensionId);
  const toggle = page.getByRole('checkbox', { name: 'Back up the library automatically' });
  const backUpNow = page.getByRole('button', { name: 'Back up now' });
  const last = page.locator('.backup-last');
  await expect(toggle).not.toBeChecked();
  await expect(backUpNow).toBeDisabled();
  await expect(last).toHaveText('No backup yet.');
  expect(await grantedPermissions(page)).not.toContain('offscreen');

  // Turning backups on asks for the permissions in the click, and makes the first backup at once.
  await toggle.click();
  await expect(toggle).toBeChecked();
  expect(await grantedPermissions(page)).toEqual(expect.arrayContaining(['downloads', 'offscreen']));
  await expect(last).toContainText(/^Last backup .+: 5 papers in Paperdex backups\/paperdex-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json\.$/);
  const first = namedFile(await last.innerText());
  expect(backupFiles(downloads)).toEqual([first]);
  const reading = readLibraryFile(readFileSync(join(downloads, FOLDER, first), 'utf8'));
  expect(reading.ok).toBe(true);
  if (!reading.ok) return;
  expect(reading.papers.map((paper) => paper.id).sort()).toEqual(await paperIds(library));
  expect(reading.sightings).toHaveLength((await library.rows('sightings')).length);
  expect(reading.skipped).toEqual([]);

  await page.getByLabel('Backups to keep').fill('2');
  await page.getByLabel('Backups to keep').blur();
  await expect.poll(() => page.evaluate(async () => (await chrome.storage.local.get('backup'))['backup'])).toMatchObject({ keep: 2 });

  const written = [first];
  for (let n = 0; n < 2; n++) {
    const before = await last.innerText();
    await backUpNow.click();
    await expect(last).not.toHaveText(before);
    await expect(backUpNow).toBeEnabled();
    written.push(namedFile(await last.innerText()));
  }
  await expect(last).toContainText('1 older backup removed.');
  expect(new Set(written).size).toBe(3);
  expect(backupFiles(downloads)).toEqual(written.slice(1).sort());
  // The removed one is gone from the browser's list of downloads too.
  const listed = await page.evaluate(async () => {
    const api = chrome as unknown as { downloads: { search(query: object): Promise<{ filename: string; exists: boolean }[]> } };
    return (await api.downloads.search({ filenameRegex: 'paperdex-backup' })).map((item) => item.filename.split('/').pop() ?? '');
  });
  expect(listed.sort()).toEqual(written.slice(1).sort());

  // A backup only reads the library.
  expect(await library.papers()).toEqual(papersBefore);
});

test('a backup falls due after a library change once the interval has passed; a failed one is shown in words', async ({
  context,
  library,
  extensionId,
  downloads,
}) => {
  await visit(context, URLS.hfDaily);
  await expect.poll(() => paperIds(library)).toHaveLength(5);
  // A file where the backups folder should be: the browser cannot write the backup.
  writeFileSync(join(downloads, FOLDER), 'not a folder');

  const page = await context.newPage();
  await openBackupSettings(page, extensionId);
  const last = page.locator('.backup-last');
  await page.getByRole('checkbox', { name: 'Back up the library automatically' }).click();
  await expect(last).toContainText(/^The last backup, .+, failed: The backup file could not be written in the downloads folder\./);
  expect(readFileSync(join(downloads, FOLDER), 'utf8')).toBe('not a folder');

  // "Back up now" tries at once, whatever the schedule, and succeeds once the folder can be made.
  rmSync(join(downloads, FOLDER));
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(last).toContainText(/^Last backup .+: 5 papers in /);
  expect(backupFiles(downloads)).toEqual([namedFile(await last.innerText())]);

  // As if the backup were two days old: the next change to the library makes the next one.
  await page.evaluate(async () => {
    const { backupLog } = await chrome.storage.local.get('backupLog');
    const log = backupLog as { lastBackupAt: number };
    await chrome.storage.local.set({ backupLog: { ...log, lastBackupAt: log.lastBackupAt - 2 * 24 * 60 * 60 * 1000 } });
  });
  await visit(context, URLS.arxivList);
  await expect.poll(() => backupFiles(downloads).length, { timeout: 20_000 }).toBe(2);
  const all = await paperIds(library);
  expect(all.length).toBeGreaterThan(5);
  await expect(last).toContainText(`${all.length} papers in `);
  const newest = namedFile(await last.innerText());
  const reading = readLibraryFile(readFileSync(join(downloads, FOLDER, newest), 'utf8'));
  expect(reading.ok && reading.papers.map((paper) => paper.id).sort()).toEqual(all);
});
