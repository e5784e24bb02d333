/**
 * Page content is data. Titles, abstracts, names and links carrying markup, scripts, `javascript:` and
 * `data:` links, direction overrides and a 100 KB abstract are stored as text and shown as text; and
 * nothing but Paperdex's own scripts can write to the library.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, serveSites, test, URLS, visit, type Library } from './harness.js';

type Row = Record<string, unknown>;

const HF_URL = 'https://huggingface.co/papers/date/2026-11-27';
const ARXIV_URL = 'https://arxiv.org/list/cs.CR/new';

// What tests/fixtures/pages/hostile-*.html say, as text.
const MARKUP_TITLE = `<script>window.__paperdexPwned = 'title'; alert('title')</script> Escaping Attention <img src=x onerror="window.__paperdexPwned = 'title-img'; alert('title-img')"> in Transformers`;
const MARKUP_ABSTRACT = `<img src=x onerror="window.__paperdexPwned = 'abstract'; alert('abstract')"> We show that <a href="javascript:alert('abstract-link')">links</a> and <script>alert('abstract-script')</script> in abstracts stay text.`;
const MARKUP_AUTHORS = [`<b onmouseover="alert('author')">Mallory Markup</b>`, `Eve <svg onload="alert('author-svg')">`];
const MARKUP_SUMMARY = `<iframe src="javascript:alert('summary')"></iframe> A summary with markup in it.`;
const OVERRIDE_TITLE = '\u202eUnclosed Override in a Title';
const OVERRIDE_AUTHORS = ['\u202eAlice Override', 'Bob Follows', 'مريم الأحمد', 'Zoe\u200dJoined'];
const ENTITIES_TITLE = `javascript:alert('title-url') Is a Title, &amp; &lt;b&gt;Entities&lt;/b&gt; Stay as Typed`;
const LONG_ABSTRACT =
  'We measure how long abstracts behave when they are stored whole and shown in a small popup. '.repeat(1_130) +
  'The last word of this abstract is zebrafinch.';

async function paperById(library: Library): Promise<Map<string, Row>> {
  return new Map((await library.papers()).map((paper) => [String(paper['id']), paper]));
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 480, height: 590 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('searchbox', { name: 'Search papers' })).toBeFocused();
  return popup;
}

const results = (popup: Page) => popup.getByRole('list', { name: 'Papers' }).getByRole('listitem');

/** Whether a text (inside `root`) is laid out left to right: its first letter left of its last. */
async function readsLeftToRight(popup: Page, rootSelector: string, text: string): Promise<boolean> {
  return popup.evaluate(
    ([selector, wanted]) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const box = (offset: number): DOMRect => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect();
        };
        return box(at).left < box(at + wanted.length - 1).left;
      }
      throw new Error(`${wanted} is not shown`);
    },
    [rootSelector, text] as const,
  );
}

test('hostile titles, abstracts, names and links are stored as text and shown as text', async ({
  context,
  library,
  extensionId,
}) => {
  const dialogs: string[] = [];
  context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveSites(context, {
    [HF_URL]: readFileSync('tests/fixtures/pages/hostile-hf-daily.html', 'utf8'),
    [ARXIV_URL]: readFileSync('tests/fixtures/pages/hostile-arxiv-list.html', 'utf8'),
  });
  const page = await visit(context, HF_URL);
  await visit(context, ARXIV_URL);
  await expect.poll(async () => (await library.papers()).length).toBe(6);

  // Stored literally: the markup as text, the links that were not web links gone.
  const papers = await paperById(library);
  for (const id of ['arxiv:2611.01001', 'arxiv:2611.02001']) {
    const paper = papers.get(id)!;
    expect(paper, id).toMatchObject({ title: MARKUP_TITLE, abstract: MARKUP_ABSTRACT, authors: MARKUP_AUTHORS });
    expect(paper['githubUrl'], id).toBeUndefined();
    expect(paper['projectUrl'], id).toBeUndefined();
  }
  expect(papers.get('arxiv:2611.01001')).toMatchObject({ aiSummary: MARKUP_SUMMARY });
  expect(papers.get('arxiv:2611.01002')).toMatchObject({ title: OVERRIDE_TITLE, authors: OVERRIDE_AUTHORS });
  expect(papers.get('arxiv:2611.01003')!['abstract']).toBe(LONG_ABSTRACT); // 104 KB, whole
  expect(papers.get('arxiv:2611.01004')).toMatchObject({
    title: ENTITIES_TITLE,
    authors: ['Ada &amp; Co'],
    githubUrl: 'https://github.com/paperdex-fixtures/entities',
  });
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['__paperdexPwned'])).toBeUndefined();

  const popup = await openPopup(context, extensionId);
  const search = popup.getByRole('searchbox', { name: 'Search papers' });
  const details = async (id: string): Promise<void> => {
    await popup.locator(`[data-id="${id}"]`).getByRole('button', { name: 'Details' }).click();
  };

  // The entities paper: shown as typed, never decoded; its one web link is a link.
  await search.fill('entities');
  await expect(results(popup).locator('a.title')).toHaveText([ENTITIES_TITLE]);
  await details('arxiv:2611.01004');
  await expect(popup.getByRole('link', { name: 'Code' })).toHaveAttribute('href', 'https://github.com/paperdex-fixtures/entities');

  // The override paper: the names after a name with an unclosed right-to-left override still read left to right.
  await search.fill('unclosed override');
  await expect(results(popup).locator('a.title').first()).toHaveText(OVERRIDE_TITLE);
  const overrideItem = '[data-id="arxiv:2611.01002"]';
  expect(await readsLeftToRight(popup, `${overrideItem} .meta`, 'Bob Follows')).toBe(true);
  await details('arxiv:2611.01002');
  await expect(popup.locator(`${overrideItem} .details .authors`)).toHaveText(OVERRIDE_AUTHORS.join(', '));
  expect(await readsLeftToRight(popup, `${overrideItem} .details .authors`, 'Bob Follows')).toBe(true);
  expect(await readsLeftToRight(popup, `${overrideItem} .details .authors`, 'Zoe')).toBe(true);

  // The 100 KB abstract: every word of it is searchable; it opens clamped, and whole on request.
  await search.fill('zebrafinch');
  await expect(results(popup).locator('a.title')).toHaveText(['A Hundred-Kilobyte Abstract']);
  await details('arxiv:2611.01003');
  const abstract = popup.locator('[data-id="arxiv:2611.01003"] .details .abstract');
  await expect(abstract).toContainText(LONG_ABSTRACT.slice(0, 200));
  await expect(abstract).not.toContainText('zebrafinch');
  await abstract.getByRole('button', { name: `Show all ${LONG_ABSTRACT.length.toLocaleString('en')} characters` }).click();
  await expect(abstract).toContainText('The last word of this abstract is zebrafinch.');
  expect(await abstract.textContent()).toContain(LONG_ABSTRACT);
  await abstract.getByRole('button', { name: 'Show less' }).click();
  await expect(abstract).not.toContainText('zebrafinch');

  // The markup papers (from both sites): the titles show the literal tags, the details open as text.
  await search.fill('escaping attention');
  await expect(results(popup).locator('a.title')).toHaveText([MARKUP_TITLE, MARKUP_TITLE]);
  await details('arxiv:2611.02001');
  await expect(popup.locator('.details .abstract')).toHaveText(MARKUP_ABSTRACT);
  await expect(popup.locator('.details .authors')).toHaveText(MARKUP_AUTHORS.join(', '));
  await details('arxiv:2611.01001');
  await expect(popup.locator('.details .abstract')).toHaveText(MARKUP_ABSTRACT);
  await expect(popup.locator('.details .authors')).toHaveText(MARKUP_AUTHORS.join(', '));
  await expect(popup.locator('.details .summary')).toHaveText(`AI summary ${MARKUP_SUMMARY}`);

  // Nothing ran, nothing became markup, every link is a web link.
  expect(dialogs).toEqual([]);
  expect(await popup.evaluate(() => (window as unknown as Record<string, unknown>)['__paperdexPwned'])).toBeUndefined();
  const handlers = await popup.evaluate(() =>
    Array.from(document.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.attributes)
        .filter((attribute) => attribute.name.startsWith('on'))
        .map((attribute) => `${element.tagName} ${attribute.name}`),
    ),
  );
  expect(handlers).toEqual([]);
  await expect(popup.locator('img, iframe, object, embed, script:not([src])')).toHaveCount(0);
  const hrefs = await popup.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);

  // The library page: the same papers in its table and details, as text, with nothing run.
  const lib = await context.newPage();
  await lib.setViewportSize({ width: 1440, height: 900 });
  await lib.goto(`chrome-extension://${extensionId}/library.html`);
  const libSearch = lib.getByRole('searchbox', { name: 'Search the library' });
  await libSearch.fill('escaping attention');
  await expect(lib.locator('tbody .row-title')).toHaveText([MARKUP_TITLE, MARKUP_TITLE]);
  await lib.locator('tbody .row-title').first().click();
  const pane = lib.getByRole('complementary', { name: 'Paper details' });
  await expect(pane.getByRole('heading', { level: 2 }).first()).toHaveText(MARKUP_TITLE);
  await expect(pane.locator('.abstract')).toHaveText(MARKUP_ABSTRACT);
  await expect(pane.locator('.authors')).toHaveText(MARKUP_AUTHORS.join(', '));
  await pane.getByRole('button', { name: 'Close details' }).click();
  await libSearch.fill('unclosed override');
  await expect(lib.locator('tbody .row-title').first()).toHaveText(OVERRIDE_TITLE);
  expect(await readsLeftToRight(lib, 'tr[data-id="arxiv:2611.01002"] .col-authors', 'Bob Follows')).toBe(true);
  await libSearch.fill('');
  await expect(lib.locator('tbody tr.paper-row')).toHaveCount(6);
  expect(dialogs).toEqual([]);
  expect(await lib.evaluate(() => (window as unknown as Record<string, unknown>)['__paperdexPwned'])).toBeUndefined();
  const libHandlers = await lib.evaluate(() =>
    Array.from(document.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.attributes).filter((attribute) => attribute.name.startsWith('on')).map((a) => `${element.tagName} ${a.name}`),
    ),
  );
  expect(libHandlers).toEqual([]);
  // The only image is Paperdex's own icon.
  expect(await lib.evaluate(() => Array.from(document.querySelectorAll('img'), (img) => img.getAttribute('src')))).toEqual(['icons/icon-32.png']);
  await expect(lib.locator('iframe, object, embed, script:not([src])')).toHaveCount(0);
  for (const href of await lib.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^(https?:\/\/|#trash$|#settings$)/);
  }
});

test('a web page cannot write to the library', async ({ context, library }) => {
  const manifest = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8')) as Row;
  expect(manifest).not.toHaveProperty('externally_connectable');

  const page = await visit(context, URLS.hfDaily);
  await expect.poll(async () => (await library.papers()).length).toBe(5);
  const entry = {
    id: 'arxiv:2611.09999',
    arxivId: '2611.09999',
    title: 'Planted by the page',
    source: { site: 'huggingface.co', pageUrl: URLS.hfDaily, pageKind: 'hf-daily', position: 1, capturedAt: new Date().toISOString() },
  };
  const message = { type: 'capture', payload: { page: { kind: 'hf-daily', site: 'huggingface.co', url: URLS.hfDaily }, entries: [entry], newView: false } };
  const attempts = await page.evaluate((capture) => {
    window.postMessage(capture, '*');
    window.postMessage(JSON.stringify(capture), '*');
    for (const name of ['capture', 'paperdex', 'paperdex:capture', 'message']) {
      document.dispatchEvent(new CustomEvent(name, { detail: capture }));
      window.dispatchEvent(new CustomEvent(name, { detail: capture }));
    }
    // Without externally_connectable, a page has no way to message the extension at all.
    return typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage;
  }, message);
  expect(attempts).toBe('undefined');
  // The content script would read and send within a second of a change it heard.
  await page.waitForTimeout(1_500);
  const ids = (await library.papers()).map((paper) => paper['id']);
  expect(ids).toHaveLength(5);
  expect(ids).not.toContain('arxiv:2611.09999');
});

test('a message from a content script is checked: malformed or page-only ones are refused, unsafe links dropped', async ({
  context,
  library,
}) => {
  const page = await visit(context, URLS.hfDaily);
  await expect.poll(async () => (await library.papers()).length).toBe(5);
  // Paperdex's content script runs in an isolated world of the page; evaluate there, as that script would.
  const session = await context.newCDPSession(page);
  const worlds: { id: number; name: string; type?: string }[] = [];
  session.on('Runtime.executionContextCreated', ({ context: world }) =>
    worlds.push({ id: world.id, name: world.name, type: (world.auxData as { type?: string } | undefined)?.type }),
  );
  await session.send('Runtime.enable');
  await expect.poll(() => worlds.find((world) => world.type === 'isolated' && world.name === 'Paperdex')).toBeTruthy();
  const contentScript = worlds.find((world) => world.type === 'isolated' && world.name === 'Paperdex')!;
  const send = async (message: unknown): Promise<Row> => {
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
      contextId: contentScript.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value as Row;
  };
  const pageInfo = { kind: 'hf-daily', site: 'huggingface.co', url: URLS.hfDaily };
  const source = { site: 'huggingface.co', pageUrl: URLS.hfDaily, pageKind: 'hf-daily', position: 1, capturedAt: new Date().toISOString() };

  expect(await send({ type: 'capture', payload: { page: pageInfo, entries: [{ id: 42, source }], newView: false } })).toEqual({
    ok: false,
    error: 'malformed capture message',
  });
  expect(
    await send({ type: 'capture', payload: { page: pageInfo, entries: [{ id: 'arxiv:2611.09997', title: ['not', 'text'], source }], newView: false } }),
  ).toEqual({ ok: false, error: 'malformed capture message' });
  expect(await send({ type: 'papers/mark-read', payload: { ids: ['arxiv:2311.12424'] } })).toMatchObject({ ok: false });
  expect(await send({ type: 'drop-everything', payload: {} })).toMatchObject({ ok: false });
  expect((await paperById(library)).has('arxiv:2611.09997')).toBe(false);
  expect((await paperById(library)).get('arxiv:2311.12424')).not.toHaveProperty('readAt');

  const planted = {
    id: 'arxiv:2611.09998',
    arxivId: '2611.09998',
    title: 'Links that are not web links',
    url: 'javascript:alert(document.domain)',
    pdfUrl: 'data:application/pdf;base64,JVBERi0=',
    githubUrl: ' JAVASCRIPT:alert(1)',
    projectUrl: 'https://example.org/project',
    source,
  };
  expect(await send({ type: 'capture', payload: { page: pageInfo, entries: [planted], newView: false } })).toMatchObject({ ok: true });
  const stored = (await paperById(library)).get('arxiv:2611.09998')!;
  expect(stored).toMatchObject({ title: 'Links that are not web links', projectUrl: 'https://example.org/project' });
  for (const field of ['url', 'pdfUrl', 'githubUrl']) expect(stored, field).not.toHaveProperty(field);
});

test('a paper stored with unsafe links before they were checked shows none of them', async ({ context, library, extensionId }) => {
  await visit(context, URLS.hfDaily);
  await expect.poll(async () => (await library.papers()).length).toBe(5);
  // Written straight into the database, as a record from an older version would be, with its index backlog.
  await library.writeRaw([
    {
      id: 'arxiv:2611.09996',
      arxivId: '2611.09996',
      title: 'Stored Before Links Were Checked',
      url: 'javascript:alert(document.domain)',
      pdfUrl: 'data:text/html,<script>alert(1)</script>',
      githubUrl: 'javascript:alert(1)',
      projectUrl: 'vbscript:msgbox(1)',
      sites: ['huggingface.co'],
    },
  ]);
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('searchbox', { name: 'Search papers' }).fill('stored before links');
  const item = popup.locator('[data-id="arxiv:2611.09996"]');
  await expect(item.locator('a.title')).toHaveText('Stored Before Links Were Checked');
  await item.getByRole('button', { name: 'Details' }).click();
  await expect(item.getByRole('navigation', { name: 'Links' }).getByRole('link')).toHaveText(['arXiv']);
  const hrefs = await popup.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!));
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  // The title opens the paper's arXiv page, not the stored link.
  await expect(item.locator('a.title')).toHaveAttribute('href', 'https://arxiv.org/abs/2611.09996');
});
