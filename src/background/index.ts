/** The service worker: registers every listener synchronously at start, as MV3 requires. */
import browser from 'webextension-polyfill';
import { handleMessage } from './handlers.js';
import { describeSave, savePageText, toastInTab } from './save-page-text.js';
import { describeError } from './errors.js';
import { indexPending } from './search-sync.js';
import { startBackups } from './backup.js';

const SAVE_PAGE_MENU = 'paperdex-save-page';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(message, sender),
);

// A worker stopped between a write and its indexing left a backlog: fold it in now.
void indexPending();

// Backups that fell due while the browser was closed, and the checks that find later ones.
startBackups();

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({ id: SAVE_PAGE_MENU, title: 'Save papers on this page', contexts: ['page', 'selection'] });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== SAVE_PAGE_MENU || tab?.id === undefined) return;
  const tabId = tab.id;
  void savePageText(tabId)
    .then((report) => toastInTab(tabId, describeSave(report)))
    .catch((error: unknown) => toastInTab(tabId, describeError(error)));
});
