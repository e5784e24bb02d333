/**
 * Real Chromium with the built extension, and the saved pages served as if from huggingface.co and
 * arxiv.org, so the content script runs exactly as on the live sites — offline.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const DIST = resolve('dist/chrome');
const PAGES = resolve('tests/fixtures/pages');

/** The saved pages, at the URLs they were saved from. */
export const SITE_PAGES: Record<string, string> = {
  'https://huggingface.co/papers/date/2023-11-22': 'hf-daily.html',
  'https://huggingface.co/papers?q=in-context+learning+capacity': 'hf-search.html',
  'https://huggingface.co/papers/2310.03714': 'hf-paper.html',
  'https://arxiv.org/list/cs.LG/new': 'arxiv-list-new.html',
  'https://arxiv.org/abs/2311.12424': 'arxiv-abs.html',
};

export const URLS = {
  hfDaily: 'https://huggingface.co/papers/date/2023-11-22',
  hfSearch: 'https://huggingface.co/papers?q=in-context+learning+capacity',
  hfPaper: 'https://huggingface.co/papers/2310.03714',
  arxivList: 'https://arxiv.org/list/cs.LG/new',
  arxivAbs: 'https://arxiv.org/abs/2311.12424',
};

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

export async function launchWithExtension(userDataDir: string, extensionDir = DIST): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
      // A DevTools port of its own lets a test click the toolbar button (Extensions.triggerAction),
      // which opens the real popup and grants activeTab exactly as a person's click does.
      '--enable-unsafe-extension-debugging',
      '--remote-debugging-port=0',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  USER_DATA_DIRS.set(context, userDataDir);
  return context;
}

/** Serves the saved pages (and any extra pages a test adds) for their URLs; everything else on those sites is 404. */
export async function serveSites(context: BrowserContext, extra: Record<string, string> = {}): Promise<void> {
  const handler = async (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]): Promise<void> => {
    const url = route.request().url();
    if (url in extra) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: extra[url]! });
    const file = SITE_PAGES[url];
    if (file) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(PAGES, file)) });
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the test fixtures' });
  };
  await context.route(/^https:\/\/(huggingface\.co|arxiv\.org|digest\.example)\//, handler);
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Clicks Paperdex's toolbar button for a tab, as a person would: the popup opens and the extension gets
 * activeTab on that tab. Returns the popup.
 */
export async function clickToolbarButton(context: BrowserContext, tab: Page, extensionId: string): Promise<Page> {
  const userDataDir = USER_DATA_DIRS.get(context);
  if (!userDataDir) throw new Error('the context was not launched by launchWithExtension');
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  await tab.bringToFront();
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((info) => info.url === tab.url());
  if (!target) throw new Error(`no tab target for ${tab.url()}`);
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  for (let attempt = 0; attempt < 50; attempt++) {
    // Extension popups are not attached to an existing connection: a new one sees the popup as a page.
    const fresh = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const popup = fresh.contexts().flatMap((c) => c.pages()).find((p) => p.url() === popupUrl);
    if (popup) return popup;
    await fresh.close();
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the popup did not open');
}

const USER_DATA_DIRS = new WeakMap<BrowserContext, string>();

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** An extension page (the popup, opened as a tab) for reading the library the way the extension does. */
  library: Library;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'paperdex-e2e-'));
    const context = await launchWithExtension(dir);
    await serveSites(context);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  background: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  library: async ({ context, extensionId }, use) => {
    await use(new Library(context, extensionId));
  },
});

export const expect = test.expect;

/** Reads IndexedDB through an extension page, as the popup does. */
export class Library {
  private page: Page | undefined;

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionId: string,
  ) {}

  async extensionPage(): Promise<Page> {
    if (!this.page || this.page.isClosed()) {
      this.page = await this.context.newPage();
      await this.page.goto(`chrome-extension://${this.extensionId}/popup.html`);
    }
    return this.page;
  }

  /** Every row of a table in the `paperdex` database. */
  async rows<T = Record<string, unknown>>(table: 'papers' | 'sightings'): Promise<T[]> {
    const page = await this.extensionPage();
    return page.evaluate(
      (name) =>
        new Promise<T[]>((done, fail) => {
          const open = indexedDB.open('paperdex');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
            request.onsuccess = () => {
              done(request.result as T[]);
              open.result.close();
            };
            request.onerror = () => fail(request.error);
          };
        }),
      table,
    );
  }

  async papers(): Promise<Record<string, unknown>[]> {
    return this.rows('papers');
  }

  /** Sends a message to the background from the extension page, as the popup does. */
  async send<T = unknown>(type: string, payload: unknown): Promise<{ ok: boolean; value?: T; error?: string }> {
    const page = await this.extensionPage();
    return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  }
}

/** Opens a page and waits until Paperdex has captured it (the given number of papers are in the library). */
export async function visit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
