/**
 * The popup's first reads, started by a tiny script in the page's head (popup-boot.js) while the main
 * bundle is still loading, so the library is already read when the app first renders.
 */
import type { Paper } from '../core/paper.js';
import { readParts, type IndexParts } from './index-parts.js';
import { papersSeenOn } from './records.js';
import { lastRecords } from './read-db.js';

/** How many results fill the popup: read first, so they show before the rest arrive. */
export const FIRST_SCREEN = 12;

export interface Prefetch {
  /** The stored index and its backlog. */
  parts: Promise<IndexParts | undefined>;
  /** The most recently seen papers, newest first. */
  recent: Promise<Paper[]>;
  /** The current tab, and the papers Paperdex read from it. */
  page: Promise<CurrentPage>;
}

export interface CurrentPage {
  url: string;
  site: string;
  ids: string[];
}

interface TabsApi {
  tabs: { query(info: { active: boolean; currentWindow: boolean }): Promise<{ url?: string }[]> };
}

declare global {
  // Set by popup-boot.js, taken once by the app.
  var paperdexPrefetch: Prefetch | undefined;
}

export function startPrefetch(): Prefetch {
  return {
    parts: readParts(true),
    recent: lastRecords<Paper>('papers', 'lastSeenAt', FIRST_SCREEN),
    page: currentPage().catch(() => ({ url: '', site: '', ids: [] })),
  };
}

/** The active tab's page. Both browsers answer `tabs.query` with a promise (no polyfill in this script). */
async function currentPage(): Promise<CurrentPage> {
  const api = ((globalThis as { browser?: TabsApi }).browser ?? (globalThis as { chrome?: TabsApi }).chrome)!;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || !/^https?:/.test(tab.url)) return { url: '', site: '', ids: [] };
  const url = tab.url.split('#')[0]!; // `#community` and the like are the same page
  return { url, site: new URL(url).hostname, ids: await papersSeenOn(url) };
}

/** What the boot script started, once; a fresh start when there was none. */
export function takePrefetch(): Prefetch {
  const started = globalThis.paperdexPrefetch ?? startPrefetch();
  globalThis.paperdexPrefetch = undefined;
  return started;
}
