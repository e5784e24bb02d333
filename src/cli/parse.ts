/**
 * `npm run --silent parse -- FILE [--url PAGE_URL] [--now YYYY-MM-DD]`
 * Prints the papers in a saved page (.html) or a text capture as a JSON array of entries.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parsePage } from '../core/parse-page.js';
import { loadHtml, pageUrlOf } from './load-html.js';

const USAGE = 'usage: npm run --silent parse -- FILE [--url PAGE_URL] [--now YYYY-MM-DD]';

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseCli>;
  try {
    args = parseCli(argv);
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  let content: string;
  try {
    content = await readFile(args.file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return fail(`paperdex parse: cannot read ${args.file}: ${reason}`);
  }
  const isHtml = /\.html?$/i.test(args.file) || /^\s*<(!doctype|html)/i.test(content);
  const document = isHtml ? loadHtml(content) : undefined;
  const url = args.url ?? (document ? pageUrlOf(document) : undefined) ?? pathToFileURL(resolve(args.file)).href;
  const result = parsePage({ url, now: args.now, ...(document ? { document } : { text: content }) });
  process.stdout.write(`${JSON.stringify(result.entries, null, 2)}\n`);
  for (const problem of result.problems) process.stderr.write(`paperdex parse: ${problem}\n`);
  if (result.entries.length === 0) process.stderr.write(`paperdex parse: no papers found in ${args.file}\n`);
  return 0;
}

function parseCli(argv: string[]): { file: string; url?: string; now: Date } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, now: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error('paperdex parse: give exactly one FILE');
  let now = new Date();
  if (values.now !== undefined) {
    const parsed = new Date(`${values.now}T12:00:00Z`);
    // A real calendar day only: 2025-02-30 must not become March 2.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.now) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== values.now) {
      throw new Error(`paperdex parse: --now must be a date YYYY-MM-DD, not "${values.now}"`);
    }
    now = parsed;
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    throw new Error(`paperdex parse: --url must be an absolute URL, not "${values.url}"`);
  }
  return { file: positionals[0]!, now, ...(values.url ? { url: values.url } : {}) };
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
