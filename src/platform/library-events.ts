/**
 * "The library changed": announced by the background after every write and index update, heard by the
 * extension's pages (the popup), which read again. A BroadcastChannel reaches every context of the
 * extension's origin, the worker included.
 */
const CHANNEL = 'paperdex-library';

export function announceLibraryChange(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function onLibraryChange(callback: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => callback();
  return () => channel.close();
}
