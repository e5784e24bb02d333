/** The last thing that went wrong in the background, kept so the popup can tell the person. */
import browser from 'webextension-polyfill';
import { asNumber, asRecord, asString } from '../core/json-read.js';

export interface Problem {
  message: string;
  at: number;
}

const KEY = 'lastProblem';

export async function reportProblem(message: string): Promise<void> {
  await browser.storage.local.set({ [KEY]: { message, at: Date.now() } satisfies Problem });
}

export async function readProblem(): Promise<Problem | undefined> {
  const stored = asRecord((await browser.storage.local.get(KEY))[KEY]);
  const message = asString(stored?.['message']);
  const at = asNumber(stored?.['at']);
  return message && at !== undefined ? { message, at } : undefined;
}

export async function clearProblem(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
