/**
 * The toolbar badge: how many papers the current page added. The count lives in the badge itself, per tab,
 * so it survives the service worker being stopped; the browser clears it when the tab navigates.
 */
import browser from 'webextension-polyfill';

const COLOR = '#2563eb';
const ERROR_COLOR = '#dc2626';

/** Adds to the tab's count. A tab closed meanwhile has no badge to update, which is not an error. */
export async function countAdded(tabId: number, added: number, newView: boolean): Promise<void> {
  await updateCount(tabId, added, newView).catch(() => undefined);
}

async function updateCount(tabId: number, added: number, newView: boolean): Promise<void> {
  const current = newView ? 0 : Number.parseInt(await browser.action.getBadgeText({ tabId }), 10) || 0;
  const total = current + added;
  await browser.action.setBadgeBackgroundColor({ tabId, color: COLOR });
  await browser.action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' });
  await browser.action.setTitle({
    tabId,
    title: total > 0 ? `Paperdex: ${total} new paper${total === 1 ? '' : 's'} from this page` : 'Paperdex',
  });
}

export async function showFailure(tabId: number | undefined, message: string): Promise<void> {
  const target = tabId === undefined ? {} : { tabId };
  await browser.action.setBadgeBackgroundColor({ ...target, color: ERROR_COLOR });
  await browser.action.setBadgeText({ ...target, text: '!' });
  await browser.action.setTitle({ ...target, title: `Paperdex: ${message}` });
}
