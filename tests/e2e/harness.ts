/**
 * Real Chromium with the built extension, and the saved pages served as if from huggingface.co and
 * arxiv.org, so the content script runs exactly as on the live sites — offline.
 */
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NOTES_HOST, plainPage, SITE_HOSTS, SITE_PAGES } from '../../src/cli/bundled-pages.js';
import { launchWithExtension, servePages, type Served } from '../../src/cli/chromium.js';

export { clickToolbarButton } from '../../src/cli/chromium.js';
export { plainPage };

export const URLS = {
  hfDaily: 'https://huggingface.co/papers/date/2023-11-22',
  hfSearch: 'https://huggingface.co/papers?q=in-context+learning+capacity',
  hfPaper: 'https://huggingface.co/papers/2310.03714',
  arxivList: 'https://arxiv.org/list/cs.LG/new',
  arxivAbs: 'https://arxiv.org/abs/2311.12424',
};

/** Serves the saved pages, plus pages a test adds (URL → HTML); the later call's routes win. */
export async function serveSites(context: BrowserContext, extra: Record<string, string> = {}): Promise<void> {
  const pages: Record<string, Served> = { ...SITE_PAGES };
  for (const [url, body] of Object.entries(extra)) pages[url] = { body };
  await servePages(context, [...SITE_HOSTS, NOTES_HOST], pages);
}

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
    const context = await launchWithExtension(dir, { headless: true, offline: true });
    await serveSites(context);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  background: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
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
  async rows<T = Record<string, unknown>>(table: 'papers' | 'sightings' | 'pending'): Promise<T[]> {
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

  /**
   * Writes papers straight into the database with their index backlog entry, bypassing the background:
   * what a capture leaves when the worker stops before indexing, or a record from an older version.
   * `seenAt` and the user state default to now and empty.
   */
  async writeRaw(papers: Record<string, unknown>[]): Promise<void> {
    const page = await this.extensionPage();
    await page.evaluate(
      (rows) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('paperdex');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['papers', 'pending'], 'readwrite');
            const now = Date.now();
            for (const row of rows) {
              tx.objectStore('papers').put({ firstSeenAt: now, lastSeenAt: now, updatedAt: now, tags: [], note: '', ...row });
            }
            tx.objectStore('pending').add({ ids: rows.map((row) => row['id']), removed: [], flagsOnly: false });
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      papers,
    );
  }

  /** Sends a message to the background from the extension page, as the popup does. */
  async send<T = unknown>(type: string, payload: unknown): Promise<{ ok: boolean; value?: T; error?: string }> {
    const page = await this.extensionPage();
    return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
  }
}

export async function visit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
