/** Typed requests to the background, for the content script and the extension's pages. */
import browser from 'webextension-polyfill';
import type { MessageType, Messages, Reply } from '../core/messages.js';

export class PaperdexError extends Error {
  override name = 'PaperdexError';
}

/** Sends a request to the background and returns its value; throws a readable error when it failed. */
export async function send<K extends MessageType>(type: K, payload: Messages[K]['payload']): Promise<Messages[K]['response']> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<Messages[K]['response']> | undefined;
  if (!reply) throw new PaperdexError('Paperdex did not answer; reload the page and try again.');
  if (!reply.ok) throw new PaperdexError(reply.error);
  return reply.value;
}
