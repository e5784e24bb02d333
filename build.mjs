// Builds dist/chrome and dist/firefox from one manifest.json: the service worker (ESM), the content
// script (IIFE) and the popup (Preact). `node build.mjs [--dev] [--watch] [--only chrome|firefox]`.
import { build, context } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const { values: flags } = parseArgs({
  options: { dev: { type: 'boolean' }, watch: { type: 'boolean' }, only: { type: 'string' } },
});
const TARGETS = flags.only ? [flags.only] : ['chrome', 'firefox'];
const FIREFOX_ID = 'paperdex@paperdex.org';

/** Chrome-only permissions: Firefox has no offscreen documents (its background page has a DOM). */
const CHROME_ONLY_PERMISSIONS = ['offscreen'];

/** Per-browser differences, applied to the one manifest. */
function manifestFor(browser, manifest) {
  if (browser === 'chrome') return manifest;
  const { service_worker: script, ...background } = manifest.background;
  return {
    ...manifest,
    background: { ...background, scripts: [script] },
    optional_permissions: manifest.optional_permissions?.filter((permission) => !CHROME_ONLY_PERMISSIONS.includes(permission)),
    browser_specific_settings: {
      gecko: { id: FIREFOX_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  };
}

function bundles(outdir) {
  const common = {
    bundle: true,
    minify: !flags.dev,
    sourcemap: flags.dev ? 'inline' : false,
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    logLevel: 'warning',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir,
    define: { 'process.env.NODE_ENV': JSON.stringify(flags.dev ? 'development' : 'production') },
  };
  return [
    { ...common, entryPoints: { background: 'src/background/index.ts' }, format: 'esm' },
    { ...common, entryPoints: { content: 'src/content/index.ts' }, format: 'iife' },
    // The search engine is split out of the popup's first bundle (see src/popup/watch-index.ts).
    { ...common, entryPoints: { popup: 'src/popup/index.tsx' }, format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]' },
    // The full-page library (also the options page); its importers and exporters load when used.
    { ...common, entryPoints: { library: 'src/library/index.tsx' }, format: 'esm', splitting: true, chunkNames: 'chunks/library-[name]-[hash]' },
    // Chrome's offscreen document for backups: makes the backup file's blob: URL (see src/offscreen/index.ts).
    { ...common, entryPoints: { offscreen: 'src/offscreen/index.ts' }, format: 'esm' },
    // Starts reading the library while popup.js loads (a classic script in the page's head).
    { ...common, entryPoints: { 'popup-boot': 'src/popup/boot.ts' }, format: 'iife' },
  ];
}

async function buildTarget(browser) {
  const outdir = `dist/${browser}`;
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await cp('public', outdir, { recursive: true });
  const manifest = JSON.parse(await readFile('manifest.json', 'utf8'));
  await writeFile(`${outdir}/manifest.json`, `${JSON.stringify(manifestFor(browser, manifest), null, 2)}\n`);
  const options = bundles(outdir);
  if (flags.watch) {
    for (const option of options) await (await context(option)).watch();
  } else {
    await Promise.all(options.map((option) => build(option)));
  }
}

await Promise.all(TARGETS.map(buildTarget));
if (!flags.watch) console.log(`built ${TARGETS.map((t) => `dist/${t}`).join(', ')}`);
