/**
 * "The library changed": announced by the background after every write and index update, heard by the
 * extension's pages (the popup, the library page), which read again. A BroadcastChannel reaches every
 * context of the extension's origin, the worker included. When the change was the person's (a bookmark,
 * tags, a delete), the announcement names the papers, so a page holding many can re-read just those.
 */
const CHANNEL = 'paperdex-library';

export interface LibraryChange {
  /** Papers changed or added; absent when the announcement is only "read again". */
  ids?: string[];
  /** Papers gone. */
  removed?: string[];
}

export function announceLibraryChange(change: LibraryChange = {}): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(change);
  channel.close();
}

export function onLibraryChange(callback: (change: LibraryChange) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const data = event.data as LibraryChange | string | null;
    callback(data && typeof data === 'object' ? data : {});
  };
  return () => channel.close();
}
