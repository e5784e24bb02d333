/**
 * Chrome's offscreen document for backups. The service worker has no URL.createObjectURL, and a
 * multi-megabyte data: URL is too big for downloads.download, so this page reads the library, makes the
 * Blob and answers its blob: URL, which the worker downloads. The background closes the page when the
 * download has finished, which frees the Blob.
 */
import browser from 'webextension-polyfill';
import { asBlobRequest, type BlobAnswer } from './protocol.js';
import { libraryBlob } from './library-blob.js';

browser.runtime.onMessage.addListener((message: unknown): Promise<BlobAnswer> | undefined => {
  const request = asBlobRequest(message);
  if (!request) return undefined; // another part's message: the background answers it
  return libraryBlob(new Date(request.exportedAt)).then(
    ({ blob, papers }): BlobAnswer => ({ ok: true, url: URL.createObjectURL(blob), papers }),
    (error: unknown): BlobAnswer => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
