/**
 * "Save papers on this page", on any page: reads the tab's text and links through `activeTab` +
 * `scripting`, runs the generic text parser on them, and saves what it finds.
 */
import browser from 'webextension-polyfill';
import type { SaveTextReport } from '../core/messages.js';
import { parseText } from '../core/parse-page.js';
import type { PageLink } from '../core/parsers/types.js';
import { saveCapture } from '../db/capture.js';
import { db } from '../db/schema.js';
import { countAdded } from './badge.js';
import { ReadableError } from './errors.js';
import { libraryChanged } from './library-changed.js';

interface PageSnapshot {
  url: string;
  text: string;
  links: PageLink[];
}

export async function savePageText(tabId: number): Promise<SaveTextReport> {
  let snapshot: PageSnapshot | undefined;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: snapshotPage });
    snapshot = injection?.result as PageSnapshot | undefined;
  } catch {
    snapshot = undefined;
  }
  if (!snapshot) throw new ReadableError('Paperdex cannot read this page (browser pages and the web store are off limits).');
  const now = new Date();
  const result = parseText({ url: snapshot.url, now, text: snapshot.text, links: snapshot.links });
  if (result.entries.length === 0) {
    return { found: 0, added: 0, problems: result.problems };
  }
  const outcome = await saveCapture(db, { page: result.page, entries: result.entries }, now.getTime());
  await libraryChanged(outcome.changed, outcome.removed, 'capture');
  await countAdded(tabId, outcome.added.length, false);
  return { found: result.entries.length, added: outcome.added.length, problems: result.problems };
}

/** Shows a short note in the page itself (for the context menu, which has no window of its own). */
export async function toastInTab(tabId: number, message: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, func: showToast, args: [message] }).catch(() => undefined);
}

export function describeSave(report: SaveTextReport): string {
  if (report.found === 0) return 'Paperdex found no papers on this page.';
  const added = report.added === 0 ? 'all already in your library' : `${report.added} new`;
  return `Paperdex saved ${report.found} paper${report.found === 1 ? '' : 's'} from this page (${added}).`;
}

// The two functions below run inside the page, so they must be self-contained.

function snapshotPage(): PageSnapshot {
  const links = Array.from(document.links, (link) => ({ text: link.innerText || link.textContent || '', href: link.href }));
  return { url: location.href, text: document.body?.innerText ?? '', links: links.slice(0, 5000) };
}

function showToast(message: string): void {
  const host = document.createElement('div');
  host.setAttribute('data-paperdex-toast', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent =
    '.toast{position:fixed;z-index:2147483647;right:16px;bottom:16px;max-width:360px;padding:10px 14px;' +
    'border-radius:8px;background:#111827;color:#f9fafb;font:14px/1.4 system-ui,sans-serif;' +
    'box-shadow:0 4px 16px rgba(0,0,0,.25)}';
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.textContent = message;
  shadow.append(style, toast);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 5000);
}
