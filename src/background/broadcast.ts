/** Tells every page Paperdex runs in that papers changed, so their marks follow the library live. */
import browser from 'webextension-polyfill';
import type { Broadcasts } from '../core/messages.js';
import { markOf, type Paper } from '../core/paper.js';

export async function broadcastMarks(changed: readonly Paper[], removed: readonly string[] = []): Promise<void> {
  if (changed.length === 0 && removed.length === 0) return;
  const message: Broadcasts['marks/changed'] = { marks: changed.map((paper) => markOf(paper)), removed: [...removed] };
  const patterns = browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? [];
  const tabs = await browser.tabs.query({ url: patterns });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, { type: 'marks/changed', payload: message }).catch(() => undefined),
    ),
  );
}
