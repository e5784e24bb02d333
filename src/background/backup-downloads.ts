/** The downloads API as backups use it: write a file and wait until it is complete; remove an old one safely. */
import browser from 'webextension-polyfill';
import { describeDownloadError, type KeptBackup } from '../core/backup-plan.js';
import { ReadableError } from './errors.js';

type DownloadItem = browser.Downloads.DownloadItem;

/** A blob download of a few megabytes takes moments; one still running after this is stuck (or paused). */
const GIVE_UP_AFTER_MS = 10 * 60 * 1000;

/** Saves `url` as `filename` (relative to the downloads folder, never asking where) once it is complete. */
export async function downloadToFile(url: string, filename: string): Promise<DownloadItem> {
  const finished = new Set<number>();
  let wake = (): void => undefined;
  // Listening before the download starts: a small file can finish before its id is known.
  const listener = (delta: browser.Downloads.OnChangedDownloadDeltaType): void => {
    if (delta.state && delta.state.current !== 'in_progress') finished.add(delta.id);
    wake();
  };
  browser.downloads.onChanged.addListener(listener);
  try {
    let id: number;
    try {
      id = await browser.downloads.download({ url, filename, conflictAction: 'uniquify', saveAs: false });
    } catch (error) {
      throw new ReadableError(`The browser refused to save the backup: ${error instanceof Error ? error.message : String(error)}`);
    }
    const deadline = Date.now() + GIVE_UP_AFTER_MS;
    for (;;) {
      // The wake-up is armed before the state is read, so a change in between is not missed.
      const changed = new Promise<void>((resolve) => (wake = resolve));
      const item = await itemOf(id);
      if (finished.has(id) || item?.state !== 'in_progress') break;
      if (Date.now() > deadline) {
        await browser.downloads.cancel(id).catch(() => undefined);
        throw new ReadableError('The backup download did not finish (was it paused?), so it was cancelled.');
      }
      await Promise.race([changed, new Promise((resolve) => setTimeout(resolve, 30_000))]);
    }
    const item = await itemOf(id);
    if (!item) throw new ReadableError('The backup download was removed from the browser’s downloads before it finished.');
    if (item.state !== 'complete') throw new ReadableError(describeDownloadError(item.error));
    return item;
  } finally {
    browser.downloads.onChanged.removeListener(listener);
  }
}

/**
 * Deletes an old backup's file and its entry in the browser's downloads; true if the file was deleted.
 * Acts only on the download that is that file (Firefox numbers downloads afresh each session, so a stored
 * id may name another download by now), and leaves alone a file the person deleted or moved.
 */
export async function removeBackup(backup: KeptBackup): Promise<boolean> {
  try {
    const byId = await itemOf(backup.id);
    const item = byId?.filename === backup.path ? byId : (await browser.downloads.search({ filename: backup.path }))[0];
    if (!item) return false; // erased from the browser's list: the file, if still there, is the person's to keep
    let deleted = false;
    if (item.exists && item.state === 'complete') {
      deleted = await browser.downloads.removeFile(item.id).then(
        () => true,
        () => false, // gone or moved since the browser last looked
      );
    }
    await browser.downloads.erase({ id: item.id });
    return deleted;
  } catch {
    return false;
  }
}

async function itemOf(id: number): Promise<DownloadItem | undefined> {
  return (await browser.downloads.search({ id }))[0];
}
