/** What the person does from the popup, sent to the background (the only writer). */
import browser from 'webextension-polyfill';
import { arxivAbsUrl } from '../core/arxiv-id.js';
import type { Paper, PaperMark } from '../core/paper.js';
import { httpUrl } from '../core/safe-url.js';
import { send } from '../platform/messaging.js';

export function toggleBookmark(paper: Paper): Promise<PaperMark | null> {
  return send('paper/update', { id: paper.id, bookmarked: paper.bookmarkedAt === undefined });
}

export function toggleRead(paper: Paper): Promise<PaperMark | null> {
  return send('paper/update', { id: paper.id, read: paper.readAt === undefined });
}

export function saveTags(paper: Paper, tags: string[]): Promise<PaperMark | null> {
  return send('paper/update', { id: paper.id, tags });
}

export function saveNote(paper: Paper, note: string): Promise<PaperMark | null> {
  return send('paper/update', { id: paper.id, note });
}

export function markAllRead(ids: string[]): Promise<number> {
  return send('papers/mark-read', { ids });
}

/** The page a paper opens to: where it was seen, else its arXiv page. */
export function paperUrl(paper: Paper): string | undefined {
  return httpUrl(paper.url) ?? (paper.arxivId ? arxivAbsUrl(paper.arxivId) : undefined) ?? httpUrl(paper.pdfUrl);
}

/** Opens a URL in a new tab; in the background when asked (a modifier-click or middle click). */
export async function openUrl(url: string, background: boolean): Promise<void> {
  await browser.tabs.create({ url, active: !background });
  if (!background) window.close();
}

export async function activeTab(): Promise<browser.Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
