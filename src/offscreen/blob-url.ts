/**
 * For the background: a blob: URL of the library file, to download. Firefox's background page has a DOM
 * and makes it itself; Chrome's service worker has no URL.createObjectURL, so its offscreen document
 * (index.ts) makes it. `release()` frees the Blob once the download has finished reading it.
 */
import browser from 'webextension-polyfill';
import { ReadableError } from '../background/errors.js';
import { libraryBlob } from './library-blob.js';
import { OFFSCREEN_TARGET, type BlobAnswer, type BlobRequest } from './protocol.js';

export interface BlobUrl {
  url: string;
  papers: number;
  release(): Promise<void>;
}

/** The part of Chrome's offscreen API used here (the polyfill's types do not describe it). */
interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export const MISSING_PERMISSION =
  'Paperdex may no longer save files to your downloads folder. Turn backups off and on again in the library’s settings to allow it.';

export async function libraryBlobUrl(now: Date): Promise<BlobUrl> {
  if (typeof URL.createObjectURL === 'function') {
    const { blob, papers } = await libraryBlob(now);
    const url = URL.createObjectURL(blob);
    return { url, papers, release: async () => URL.revokeObjectURL(url) };
  }
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) throw new ReadableError(MISSING_PERMISSION);
  if (!(await offscreen.hasDocument?.())) {
    await offscreen.createDocument({
      url: 'offscreen.html',
      reasons: ['BLOBS'],
      justification: 'Writes the library backup file: the service worker cannot make a blob: URL.',
    });
  }
  const request: BlobRequest = { target: OFFSCREEN_TARGET, type: 'backup/blob', exportedAt: now.getTime() };
  const answer = (await browser.runtime.sendMessage(request)) as BlobAnswer | undefined;
  const release = (): Promise<void> => offscreen.closeDocument().catch(() => undefined);
  if (!answer?.ok) {
    await release();
    throw new ReadableError(`The library could not be read for the backup: ${answer?.error ?? 'no answer'}.`);
  }
  return { url: answer.url, papers: answer.papers, release };
}
