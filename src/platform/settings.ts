/** The person's settings, in extension storage. Read values are checked and repaired, never trusted. */
import browser from 'webextension-polyfill';
import { asArray, asRecord } from '../core/json-read.js';

export interface Settings {
  /** Capture is paused everywhere: nothing is stored. */
  paused: boolean;
  /** Sites where capture is paused (`huggingface.co`, `arxiv.org`). */
  pausedSites: string[];
  /** What the popup lists when it opens with an empty search box. */
  popupView: PopupView;
}

/** `page`: the current tab's papers on a digest page, else the library by recency. */
export type PopupView = 'page' | 'all' | 'unread' | 'bookmarked';
const POPUP_VIEWS: readonly PopupView[] = ['page', 'all', 'unread', 'bookmarked'];

export const DEFAULT_SETTINGS: Settings = { paused: false, pausedSites: [], popupView: 'page' };
const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = asRecord((await browser.storage.local.get(KEY))[KEY]);
  return {
    paused: stored?.['paused'] === true,
    pausedSites: (asArray(stored?.['pausedSites']) ?? []).filter((site): site is string => typeof site === 'string'),
    popupView: POPUP_VIEWS.find((view) => view === stored?.['popupView']) ?? DEFAULT_SETTINGS.popupView,
  };
}

export async function writeSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...change };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function isPausedFor(settings: Settings, site: string): boolean {
  return settings.paused || (site !== '' && settings.pausedSites.includes(site));
}

/** Calls back whenever the settings change, from any part of the extension. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area === 'local' && KEY in changes) void readSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
