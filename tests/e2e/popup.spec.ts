import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { clickToolbarButton, expect, test, URLS, visit, type Library } from './harness.js';

const LOOPED = 'Looped Transformers are Better at Learning Learning Algorithms';
const DPOK = 'DPOK: Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models';
const COSMO = 'Super-Resolution Emulation of Large Cosmological Fields with a 3D Conditional Diffusion Model';

/** Captures every saved page: 12 papers from Hugging Face and arXiv. */
async function captureAll(context: BrowserContext, library: Library): Promise<void> {
  for (const url of Object.values(URLS)) await (await visit(context, url)).close();
  await expect.poll(async () => (await library.papers()).length).toBe(12);
}

async function openPopup(context: BrowserContext, extensionId: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: 480, height: 590 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('searchbox', { name: 'Search papers' })).toBeFocused();
  return popup;
}

const results = (popup: Page) => popup.getByRole('list', { name: 'Papers' }).getByRole('listitem');
const titles = (popup: Page) => results(popup).locator('a.title');
const item = (popup: Page, title: string) => results(popup).filter({ has: popup.getByRole('link', { name: title }) });

/** The URLs of all open tabs, as the browser has them (a tab the extension opened is not routed by the test). */
async function tabUrls(context: BrowserContext): Promise<string[]> {
  const worker = context.serviceWorkers()[0]!;
  return worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.pendingUrl ?? tab.url ?? ''));
}

async function search(popup: Page, text: string): Promise<void> {
  await popup.getByRole('searchbox').fill(text);
}

test('search finds papers by title, author, abstract, prefix, typo, arXiv id and URL', async ({
  context,
  library,
  extensionId,
}) => {
  await captureAll(context, library);
  const popup = await openPopup(context, extensionId);
  const cases: [string, string][] = [
    ['looped transformers', LOOPED],
    ['kusupati', 'Matryoshka Representation Learning'],
    ['outpainting', COSMO], // a word of its abstract only
    ['matry', 'Matryoshka Representation Learning'], // the word being typed
    ['cosmologcal', COSMO], // one letter missing
    ['2311.12424', LOOPED],
    ['id:2305.16381v2', DPOK],
    ['https://arxiv.org/abs/2305.16381v2', DPOK],
    ['huggingface.co/papers/2310.03714', 'DSPy: Compiling Declarative Language Model Calls into Self-Improving Pipelines'],
  ];
  for (const [text, first] of cases) {
    await search(popup, text);
    await expect(titles(popup).first(), text).toHaveText(first);
  }
  await search(popup, '2311.12424');
  await expect(titles(popup)).toHaveCount(1);
  // Matched words are highlighted.
  await search(popup, 'looped transformers');
  await expect(titles(popup).first().locator('mark')).toHaveText(['Looped', 'Transformers']);
  // Every word must match (AND): a real word with a nonsense one finds nothing, and says what was searched.
  await search(popup, 'looped zzqxv');
  await expect(popup.getByRole('heading', { name: 'No papers match “looped zzqxv”' })).toBeVisible();
});

test('filters: is:, tag:, year:, site:, and the views with their counts', async ({ context, library, extensionId }) => {
  await captureAll(context, library);
  const popup = await openPopup(context, extensionId);
  await search(popup, 'dpok');
  await item(popup, DPOK).getByRole('button', { name: 'Bookmark' }).click();
  await expect(item(popup, DPOK).getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');
  await search(popup, 'looped');
  await item(popup, LOOPED).getByRole('button', { name: 'Mark as read' }).click();
  await expect(popup.getByRole('button', { name: 'Unread 11' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Bookmarked 1' })).toBeVisible();

  const expectations: [string, string[] | number][] = [
    ['is:bookmarked', [DPOK]],
    ['is:read', [LOOPED]],
    ['is:unread', 11],
    ['year:2024', 2],
    ['year:>2024', 2],
    ['site:arxiv', 5],
    ['site:hf', 11],
    ['site:arxiv is:read', [LOOPED]],
  ];
  for (const [text, expected] of expectations) {
    await search(popup, text);
    if (typeof expected === 'number') await expect(titles(popup), text).toHaveCount(expected);
    else await expect(titles(popup), text).toHaveText(expected);
  }

  await search(popup, '');
  await popup.getByRole('button', { name: /^Bookmarked/ }).click();
  await expect(titles(popup)).toHaveText([DPOK]);
  await popup.getByRole('button', { name: /^Unread/ }).click();
  await expect(titles(popup)).toHaveCount(11);
  await search(popup, 'looped');
  await expect(popup.getByRole('heading', { name: 'No papers match “looped”' })).toBeVisible();
});

test('bookmark and read persist across reopening and show on the digest page', async ({ context, library, extensionId }) => {
  await captureAll(context, library);
  let popup = await openPopup(context, extensionId);
  await search(popup, 'expressive power');
  const paper = item(popup, 'The Expressive Power of Low-Rank Adaptation');
  await paper.getByRole('button', { name: 'Bookmark' }).click();
  await paper.getByRole('button', { name: 'Mark as read' }).click();
  await expect(paper.getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'true');
  await popup.close();

  popup = await openPopup(context, extensionId);
  await search(popup, 'expressive power');
  const again = item(popup, 'The Expressive Power of Low-Rank Adaptation');
  await expect(again.getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');
  await expect(again.getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'true');

  const daily = await visit(context, URLS.hfDaily);
  const mark = daily.locator('[data-paperdex-mark="arxiv:2310.17513"]').first();
  await expect(mark.getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');
  await expect(mark.getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'true');
  // And back: unbookmarked on the page, the popup follows.
  await mark.getByRole('button', { name: 'Bookmark' }).click();
  await expect(again.getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'false');
});

test('keyboard: / focuses, arrows and j/k move, b and r toggle, Enter opens, Esc clears', async ({
  context,
  library,
  extensionId,
}) => {
  await captureAll(context, library);
  const popup = await openPopup(context, extensionId);
  await search(popup, 'diffusion');
  await expect(results(popup)).toHaveCount(3);
  await expect(results(popup).nth(0)).toHaveAttribute('aria-current', 'true');
  await popup.keyboard.press('ArrowDown');
  await expect(results(popup).nth(1)).toHaveAttribute('aria-current', 'true');
  await popup.keyboard.press('ArrowUp');
  await expect(results(popup).nth(0)).toHaveAttribute('aria-current', 'true');

  // Out of the search box, letters are commands.
  await results(popup).nth(0).getByRole('button', { name: 'Details' }).focus();
  await popup.keyboard.press('j');
  await expect(results(popup).nth(1)).toHaveAttribute('aria-current', 'true');
  await popup.keyboard.press('b');
  await expect(results(popup).nth(1).getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');
  await popup.keyboard.press('r');
  await expect(results(popup).nth(1).getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'true');
  await popup.keyboard.press('k');
  await expect(results(popup).nth(0)).toHaveAttribute('aria-current', 'true');

  await popup.keyboard.press('/');
  await expect(popup.getByRole('searchbox')).toBeFocused();
  const href = await titles(popup).first().getAttribute('href');
  await popup.keyboard.press('Control+Enter'); // with a modifier: a background tab, the popup stays
  await expect.poll(() => tabUrls(context)).toContain(href);
  expect(popup.isClosed()).toBe(false);
  await popup.keyboard.press('Escape');
  await expect(popup.getByRole('searchbox')).toHaveValue('');
});

test('a modifier-click opens the paper in the background; the title link is the paper', async ({
  context,
  library,
  extensionId,
}) => {
  await captureAll(context, library);
  const popup = await openPopup(context, extensionId);
  await search(popup, 'dpok');
  const link = popup.getByRole('link', { name: DPOK });
  await expect(link).toHaveAttribute('href', /2305\.16381/);
  await link.click({ modifiers: ['Control'] });
  await expect.poll(() => tabUrls(context)).toContain('https://huggingface.co/papers/2305.16381');
  expect(popup.isClosed()).toBe(false);
});

test('details: abstract, links, sightings; tags and notes are kept and searchable', async ({
  context,
  library,
  extensionId,
}) => {
  await captureAll(context, library);
  let popup = await openPopup(context, extensionId);
  await search(popup, 'looped');
  await item(popup, LOOPED).getByRole('button', { name: 'Details' }).click();
  const details = popup.getByRole('region', { name: `Details of ${LOOPED}` });
  await expect(details).toContainText('looped transformer achieves performance comparable');
  await expect(details.getByRole('navigation', { name: 'Links' }).getByRole('link')).toHaveText([
    'Paper page',
    'arXiv',
    'PDF',
    'Code',
  ]);
  await expect(details.getByRole('listitem')).toHaveCount(3); // seen on HF Daily, the arXiv listing and its page
  await details.getByRole('textbox', { name: 'Tags' }).fill('reading-group, rl');
  await details.getByRole('textbox', { name: 'Tags' }).press('Enter');
  await details.getByRole('textbox', { name: 'Note' }).fill('A strong baseline for the seminar');
  await details.getByRole('textbox', { name: 'Tags' }).focus(); // leaving the note saves it
  await expect.poll(async () => (await library.papers()).find((p) => p['id'] === 'arxiv:2311.12424')?.['note']).toBe(
    'A strong baseline for the seminar',
  );
  await popup.close();

  popup = await openPopup(context, extensionId);
  await search(popup, 'tag:rl');
  await expect(titles(popup)).toHaveText([LOOPED]);
  await search(popup, 'seminar');
  await expect(titles(popup)).toHaveText([LOOPED]);
  await search(popup, '');
  await expect(item(popup, LOOPED).getByText('#reading-group')).toBeVisible();
});

test('opened from the toolbar on a digest page, the popup lists that page first', async ({ context, library, extensionId }) => {
  await captureAll(context, library);
  const listing = await visit(context, URLS.arxivList);
  const popup = await clickToolbarButton(context, listing, extensionId);
  await expect(popup.getByRole('heading', { name: 'On this page · 5' })).toBeVisible();
  await expect(titles(popup)).toHaveText([
    LOOPED,
    'Image Clustering Conditioned on Text Criteria',
    COSMO,
    'The Expressive Power of Low-Rank Adaptation',
    DPOK,
  ]);
  await popup.getByRole('button', { name: 'Mark all 5 shown as read' }).click();
  await expect(popup.getByRole('button', { name: 'Unread 7' })).toBeVisible();
});

test('empty states say what to do', async ({ context, library, extensionId }) => {
  const empty = await openPopup(context, extensionId);
  await expect(empty.getByRole('heading', { name: 'No papers yet' })).toBeVisible();
  await expect(empty.getByRole('link', { name: 'Hugging Face Daily Papers' })).toBeVisible();
  await captureAll(context, library);
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: /^Bookmarked/ }).click();
  await expect(popup.getByRole('heading', { name: 'No bookmarks yet' })).toBeVisible();
});

test('a large list is paged', async ({ context, library, extensionId }) => {
  const page = await library.extensionPage();
  const entries = Array.from({ length: 120 }, (_, i) => {
    const arxivId = `2401.${String(i + 1).padStart(5, '0')}`;
    return {
      id: `arxiv:${arxivId}`,
      arxivId,
      title: `Generated paper number ${i + 1}`,
      abstract: 'A generated abstract about sparse mixtures of experts.',
      source: { site: 'huggingface.co', pageUrl: 'https://huggingface.co/papers', pageKind: 'hf-daily', position: i + 1, capturedAt: new Date().toISOString() },
    };
  });
  const page0 = { kind: 'hf-daily', site: 'huggingface.co', url: 'https://huggingface.co/papers' };
  const reply = await page.evaluate((payload) => chrome.runtime.sendMessage({ type: 'capture', payload }), {
    page: page0,
    entries,
    newView: true,
  });
  expect(reply.ok).toBe(true);
  const popup = await openPopup(context, extensionId);
  await search(popup, 'generated');
  await expect(results(popup)).toHaveCount(50);
  await popup.getByRole('button', { name: 'Show 50 more of 120' }).click();
  await expect(results(popup)).toHaveCount(100);
  await popup.getByRole('button', { name: 'Show 20 more of 120' }).click();
  await expect(results(popup)).toHaveCount(120);
});

test('no accessibility violations, light and dark, with results, details and empty', async ({
  context,
  library,
  extensionId,
}) => {
  const empty = await openPopup(context, extensionId);
  expect((await new AxeBuilder({ page: empty }).analyze()).violations).toEqual([]);
  await captureAll(context, library);
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await openPopup(context, extensionId, scheme);
    await search(popup, 'learning');
    await results(popup).first().getByRole('button', { name: 'Bookmark' }).click();
    await results(popup).first().getByRole('button', { name: 'Details' }).click();
    await popup.getByRole('button', { name: 'Settings' }).click();
    await expect(popup.getByRole('region', { name: /^Details of/ })).toBeVisible();
    const scan = await new AxeBuilder({ page: popup }).analyze();
    expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), scheme).toEqual([]);
  }
});

test('screenshots of the popup', async ({ context, library, extensionId }) => {
  const empty = await openPopup(context, extensionId);
  await expect(empty.getByRole('heading', { name: 'No papers yet' })).toBeVisible();
  await empty.screenshot({ path: 'test-results/screenshots/popup-empty-light.png' });
  await captureAll(context, library);
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await openPopup(context, extensionId, scheme);
    await search(popup, 'learning');
    await expect(titles(popup).first()).toBeVisible();
    await popup.screenshot({ path: `test-results/screenshots/popup-search-${scheme}.png` });
    await results(popup).first().getByRole('button', { name: 'Details' }).click();
    await popup.screenshot({ path: `test-results/screenshots/popup-details-${scheme}.png` });
    await search(popup, 'zzqxv');
    await popup.screenshot({ path: `test-results/screenshots/popup-no-results-${scheme}.png` });
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.screenshot({ path: `test-results/screenshots/popup-settings-${scheme}.png` });
  }
  const daily = await visit(context, URLS.hfDaily);
  const fromToolbar = await clickToolbarButton(context, daily, extensionId);
  await expect(fromToolbar.getByRole('heading', { name: /On this page/ })).toBeVisible();
  await fromToolbar.screenshot({ path: 'test-results/screenshots/popup-page.png' });
});

test('the index never falls behind: a backlog left by a stopped worker is searchable at once, then folded in', async ({
  context,
  library,
  extensionId,
}) => {
  await captureAll(context, library);
  // What a capture leaves when the worker stops between storing papers and indexing them.
  await library.writeRaw([
    {
      id: 'arxiv:2401.04088',
      arxivId: '2401.04088',
      title: 'Mixtral of Experts',
      abstract: 'A sparse mixture of experts language model.',
      sites: ['huggingface.co'],
    },
  ]);
  let popup = await openPopup(context, extensionId);
  await search(popup, 'mixtral');
  await expect(titles(popup)).toHaveText(['Mixtral of Experts']);
  // Seeing the backlog, the popup asks the background to fold it into the stored index.
  await expect.poll(async () => (await library.rows('pending')).length).toBe(0);
  await popup.close();
  popup = await openPopup(context, extensionId);
  await search(popup, 'mixtral');
  await expect(titles(popup)).toHaveText(['Mixtral of Experts']);
});
