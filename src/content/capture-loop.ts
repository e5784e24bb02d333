/**
 * Reads the page into the library as the person browses: once when it loads, and again (debounced) when
 * its URL or its list changes — Hugging Face navigates client-side and fetches search results after load.
 * Papers already sent from the current view are not sent again; those whose capture failed (a full disk,
 * the service worker stopped mid-way) are sent again by themselves, sooner at first, then less often.
 */
import browser from 'webextension-polyfill';
import type { PageKind } from '../core/entry.js';
import type { Broadcasts } from '../core/messages.js';
import type { PaperMark } from '../core/paper.js';
import { parsePage } from '../core/parse-page.js';
import { retryDelay } from '../core/retry-delay.js';
import { send } from '../platform/messaging.js';
import { onSettingsChanged } from '../platform/settings.js';
import { markAnchors } from './anchors.js';
import { isOwnMutation, renderMarks, type Toggle } from './marks.js';

const SETTLE_MS = 400;

interface View {
  url: string;
  kind: PageKind;
  /** Ids sent to the library from this view. */
  sent: Set<string>;
}

export function startCapture(): void {
  let view: View = { url: '', kind: 'text', sent: new Set() };
  const marks = new Map<string, PaperMark>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const draw = (): void => renderMarks(markAnchors(document, view.kind), marks, toggle);
  const remember = (list: readonly PaperMark[]): void => {
    for (const mark of list) marks.set(mark.id, { ...mark, seenBefore: marks.get(mark.id)?.seenBefore ?? mark.seenBefore });
  };

  const toggle: Toggle = (id, change) => {
    void send('paper/update', { id, ...change })
      .then((mark) => {
        if (mark) remember([mark]);
        draw();
      })
      .catch((error: unknown) => console.warn('Paperdex:', error));
  };

  const read = async (): Promise<void> => {
    const url = location.href.split('#')[0]!; // `#community` and the like are the same page
    const newView = url !== view.url;
    const result = parsePage({ url, now: new Date(), document });
    if (newView) view = { url, kind: result.page.kind, sent: new Set() };
    const fresh = result.entries.filter((entry) => !view.sent.has(entry.id));
    if (fresh.length > 0 || newView) {
      for (const entry of fresh) view.sent.add(entry.id);
      try {
        const report = await send('capture', { page: result.page, entries: fresh, newView });
        for (const mark of report.marks) marks.set(mark.id, mark);
        // Landed, or refused because capture is paused (resuming sends the page again): no retry either way.
        failures = 0;
        clearTimeout(retry);
      } catch (error) {
        for (const entry of fresh) view.sent.delete(entry.id);
        console.warn('Paperdex:', error);
        retryLater();
      }
    }
    draw();
  };

  /** Reads the page again later: whatever did not land is still unsent, so only that is sent. */
  const retryLater = (): void => {
    // An extension that was reloaded or removed leaves this script behind, unable to reach it: stop there.
    if (!browser.runtime?.id) return;
    failures += 1;
    clearTimeout(retry);
    retry = setTimeout(() => {
      running = running.then(read, read);
    }, retryDelay(failures));
  };

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(read, read);
    }, SETTLE_MS);
  };

  running = read();
  new MutationObserver((records) => {
    if (!records.every(isOwnMutation)) schedule();
  }).observe(document.body, { childList: true, subtree: true });
  window.addEventListener('popstate', schedule);
  onSettingsChanged(() => {
    view.sent.clear(); // capture may have been resumed: send the page again
    schedule();
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = (message ?? {}) as { type?: string; payload?: Broadcasts['marks/changed'] };
    if (type !== 'marks/changed' || !payload) return;
    remember(payload.marks.filter((mark) => marks.has(mark.id)));
    for (const id of payload.removed) marks.delete(id);
    draw();
  });
}
