/** The background's answer to each message: the single writer of the library. */
import browser from 'webextension-polyfill';
import type { Envelope, MessageType, Messages, Reply } from '../core/messages.js';
import { validateMessage } from '../core/messages.js';
import { markOf } from '../core/paper.js';
import { saveCapture } from '../db/capture.js';
import { importRecords } from '../db/import.js';
import { db } from '../db/schema.js';
import { marksOf, markAllRead, updatePaper } from '../db/user-state.js';
import { isPausedFor, readSettings } from '../platform/settings.js';
import { clearProblem, reportProblem } from '../platform/problems.js';
import { countAdded, showFailure } from './badge.js';
import { libraryChanged } from './library-changed.js';
import { savePageText } from './save-page-text.js';
import { currentIndex, indexPending } from './search-sync.js';
import { describeError } from './errors.js';
import { editPapers } from '../db/bulk-edit.js';
import { deletePapers, restorePapers } from '../db/trash.js';
import { deleteTag, renameTag } from '../db/tags.js';
import { runBackup } from './backup.js';

type Sender = browser.Runtime.MessageSender;
type Handler<K extends MessageType> = (payload: Messages[K]['payload'], sender: Sender) => Promise<Messages[K]['response']>;

const HANDLERS: { [K in MessageType]: Handler<K> } = {
  capture: async ({ page, entries, newView }, sender) => {
    const ids = entries.map((entry) => entry.id);
    if (isPausedFor(await readSettings(), page.site)) {
      return { status: 'paused', added: 0, updated: 0, marks: await marksOf(db, ids) };
    }
    if (entries.length === 0) {
      // A new view with nothing to read yet (search results still loading): only the badge starts afresh.
      if (sender.tab?.id !== undefined) await countAdded(sender.tab.id, 0, newView);
      return { status: 'saved', added: 0, updated: 0, marks: [] };
    }
    const outcome = await saveCapture(db, { page, entries }, Date.now());
    await libraryChanged(outcome.changed, outcome.removed, 'capture');
    if (sender.tab?.id !== undefined) await countAdded(sender.tab.id, outcome.added.length, newView);
    return { status: 'saved', added: outcome.added.length, updated: outcome.updated.length, marks: outcome.marks };
  },
  marks: async ({ ids }) => marksOf(db, ids),
  'paper/update': async (patch) => {
    const paper = await updatePaper(db, patch, Date.now());
    if (!paper) return null;
    await libraryChanged([paper], [], 'person');
    return markOf(paper);
  },
  'papers/mark-read': async ({ ids }) => {
    const changed = await markAllRead(db, ids, Date.now());
    await libraryChanged(changed, [], 'person');
    return changed.length;
  },
  'page/save-text': async ({ tabId }) => savePageText(tabId),
  'library/import': async ({ papers, sightings }) => {
    const { changed, ...report } = await importRecords(db, papers, sightings);
    await libraryChanged(changed, [], 'person');
    return report;
  },
  'papers/edit': async (edit) => {
    const changed = await editPapers(db, edit, Date.now());
    await libraryChanged(changed, [], 'person');
    return changed.length;
  },
  'papers/delete': async ({ ids }) => {
    const removed = await deletePapers(db, ids, Date.now());
    await libraryChanged([], removed, 'person');
    return removed.length;
  },
  'papers/restore': async ({ ids }) => {
    const restored = await restorePapers(db, ids);
    await libraryChanged(restored, [], 'person');
    return restored.length;
  },
  'tags/rename': async ({ from, to }) => {
    const changed = await renameTag(db, from, to, Date.now());
    await libraryChanged(changed, [], 'person');
    return changed.length;
  },
  'tags/delete': async ({ tag }) => {
    const changed = await deleteTag(db, tag, Date.now());
    await libraryChanged(changed, [], 'person');
    return changed.length;
  },
  'library/written': async ({ ids, removed }) => {
    const changed = (await db.papers.bulkGet(ids)).filter((paper) => paper !== undefined);
    await libraryChanged(changed, removed, 'person');
    return null;
  },
  'backup/run': async () => runBackup('now'),
  'index/ensure': async () => {
    await indexPending();
    return (await currentIndex()).index.size;
  },
};

/** Messages only the extension's own pages may send (not content scripts). */
const PAGE_ONLY: ReadonlySet<MessageType> = new Set([
  'page/save-text', 'papers/mark-read', 'index/ensure', 'library/import', 'papers/edit', 'papers/delete',
  'papers/restore', 'tags/rename', 'tags/delete', 'library/written', 'backup/run',
]);

export async function handleMessage(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'not a Paperdex message' };
  const checked = validateMessage(raw);
  if ('error' in checked) return { ok: false, error: checked.error };
  const { type, payload } = checked.message;
  const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('')) === true;
  if (PAGE_ONLY.has(type) && !fromExtensionPage) return { ok: false, error: `${type} is only accepted from Paperdex itself` };
  try {
    const value = await (HANDLERS[type] as Handler<typeof type>)(payload as Envelope<typeof type>['payload'], sender);
    if (type === 'capture' || type === 'page/save-text') await clearProblem();
    return { ok: true, value };
  } catch (error) {
    const message = describeError(error);
    await reportProblem(message).catch(() => undefined);
    await showFailure(sender.tab?.id, message).catch(() => undefined);
    return { ok: false, error: message };
  }
}
