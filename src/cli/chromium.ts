/**
 * Chromium with Paperdex loaded, for `npm start`, the browser tests and the benchmarks. Branded Google
 * Chrome ignores `--load-extension` since version 137, so only Chromium builds are used.
 */
import { chromium, type BrowserContext, type Page, type Route } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DIST_CHROME = resolve('dist/chrome');

export interface FoundBrowser {
  path: string;
  /** `branded` is Google Chrome, which will not load an unpacked extension from the command line. */
  kind: 'chromium' | 'branded';
}

/** The browser people have: CHROMIUM_PATH, Debian/Ubuntu Chromium, Chrome for Testing, then branded Chrome. */
export function findBrowser(): FoundBrowser | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return { path: fromEnv, kind: 'chromium' };
  const home = homedir();
  const chromiumBuilds = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    ...globbed(join(home, '.cache/puppeteer/chrome'), 'chrome-linux64/chrome'),
    ...globbed(join(home, '.cache/ms-playwright'), 'chrome-linux/chrome', 'chromium-'),
  ];
  const found = chromiumBuilds.find((path) => existsSync(path));
  if (found) return { path: found, kind: 'chromium' };
  const branded = [
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].find((path) => existsSync(path));
  return branded ? { path: branded, kind: 'branded' } : undefined;
}

export interface LaunchOptions {
  headless: boolean;
  /** Keep the browser off the network (everything but localhost fails to resolve). */
  offline: boolean;
  extensionDir?: string;
  executablePath?: string;
}

const USER_DATA_DIRS = new WeakMap<BrowserContext, string>();

export async function launchWithExtension(userDataDir: string, options: LaunchOptions): Promise<BrowserContext> {
  const extensionDir = options.extensionDir ?? DIST_CHROME;
  const executablePath = options.executablePath ?? findBrowser()?.path ?? '/usr/bin/chromium';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless,
    viewport: options.headless ? { width: 1280, height: 900 } : null,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.offline ? ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'] : []),
      // A DevTools port of its own lets a script click the toolbar button (Extensions.triggerAction),
      // which opens the real popup and grants activeTab exactly as a person's click does.
      '--enable-unsafe-extension-debugging',
      '--remote-debugging-port=0',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  USER_DATA_DIRS.set(context, userDataDir);
  return context;
}

/** The Paperdex extension id: the host of its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** A page body to serve, or a file to read it from. */
export type Served = { body: string } | { file: string };

/**
 * Serves pages for their URLs on the given hosts (the saved pages as if from huggingface.co and
 * arxiv.org); anything else on those hosts is a 404.
 */
export async function servePages(context: BrowserContext, hosts: readonly string[], pages: Record<string, Served>): Promise<void> {
  const escaped = hosts.map((host) => host.replace(/\./g, '\\.')).join('|');
  await context.route(new RegExp(`^https://(${escaped})/`), async (route: Route) => {
    const page = pages[route.request().url()];
    if (!page) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a bundled page' });
    const body = 'body' in page ? page.body : readFileSync(page.file);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

/**
 * Clicks Paperdex's toolbar button for a tab, as a person would: the popup opens and the extension gets
 * activeTab on that tab. Returns the popup page.
 */
export async function clickToolbarButton(context: BrowserContext, tab: Page, extensionId: string): Promise<Page> {
  const userDataDir = USER_DATA_DIRS.get(context);
  if (!userDataDir) throw new Error('the context was not launched by launchWithExtension');
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  await tab.bringToFront();
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const session = await browser.newBrowserCDPSession();
  // Tabs show no page ids; a unique title for a moment tells this tab from others at the same URL.
  const title = await tab.title();
  const marker = `paperdex-tab-${Date.now()}-${Math.random()}`;
  await tab.evaluate((text) => (document.title = text), marker);
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  await tab.evaluate((text) => (document.title = text), title);
  const target = targetInfos.find((info) => info.title === marker);
  if (!target) throw new Error(`no tab target for ${tab.url()}`);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const popupTargets = async (): Promise<string[]> =>
    (await session.send('Target.getTargets')).targetInfos
      .filter((info) => info.type === 'page' && info.url === popupUrl)
      .map((info) => info.targetId);
  const before = new Set(await popupTargets());
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
  for (let attempt = 0; attempt < 50; attempt++) {
    const opened = (await popupTargets()).find((id) => !before.has(id));
    if (opened) {
      // Extension popups are not attached to an existing connection: a new one sees the popup as a page.
      const fresh = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      for (const page of fresh.contexts().flatMap((c) => c.pages())) {
        if (page.url() !== popupUrl) continue;
        const info = await (await page.context().newCDPSession(page)).send('Target.getTargetInfo');
        if (info.targetInfo.targetId === opened) return page;
      }
      await fresh.close();
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the popup did not open');
}

function globbed(dir: string, suffix: string, prefix = ''): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.startsWith(prefix))
      .sort()
      .reverse()
      .map((name) => join(dir, name, suffix));
  } catch {
    return [];
  }
}
