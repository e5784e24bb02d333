/** `npm run parse`, end to end: the command as a user runs it, on every seed and saved page. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/entry.js';
import { pageFixtureNames, readGolden, ROOT, seedGoldenNames } from './support/golden.js';

/** Each run starts a fresh Node process through npx and tsx. */
const RUN = 30_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function parseCommand(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const options = { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 };
    execFile('npx', ['tsx', 'src/cli/parse.ts', ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

const scratch = mkdtempSync(join(tmpdir(), 'paperdex-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('parse command', () => {
  const inputs = [...seedGoldenNames(), ...pageFixtureNames()];

  it.concurrent.each(inputs)('prints the papers of %s as a JSON array', async (name) => {
    const golden = readGolden(name);
    const run = await parseCommand(golden.file, '--now', golden.now);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as Entry[];
    expect(Array.isArray(entries)).toBe(true);
    expect(entries.map((entry) => entry.id)).toEqual(golden.entries.map((entry) => entry.id));
    expect(entries.map((entry) => entry.source.pageKind)).toEqual(golden.entries.map(() => golden.pageKind));
    const capturedAt = `${golden.now}T12:00:00.000Z`;
    expect(entries.map((entry) => entry.source.capturedAt)).toEqual(golden.entries.map(() => capturedAt));
  }, RUN);

  it('reads a page as the URL given with --url', async () => {
    const golden = readGolden('hf-daily');
    const run = await parseCommand(golden.file, '--url', golden.url, '--now', golden.now);
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as Entry[];
    expect(entries.map((entry) => entry.source.pageUrl)).toEqual(golden.entries.map(() => golden.url));
    expect(entries.map((entry) => entry.upvotes)).toEqual(golden.entries.map((entry) => entry.upvotes));
  }, RUN);

  it('exits 2 with one line on stderr for a missing file', async () => {
    const missing = join(scratch, 'no-such-page.html');
    const run = await parseCommand(missing);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([`paperdex parse: cannot read ${missing}: no such file`]);
  }, RUN);

  it('prints [] for a file with no papers and says so on stderr', async () => {
    const empty = join(scratch, 'menu.txt');
    writeFileSync(empty, 'Models\nDatasets\nSpaces\n');
    const run = await parseCommand(empty, '--now', '2025-12-08');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(stderrLines(run)).toEqual([`paperdex parse: no papers found in ${empty}`]);
  }, RUN);

  it.concurrent.each([['yesterday'], ['2025-13-01'], ['2025-02-30'], ['08/12/2025'], ['']])(
    'exits 2 for --now %j',
    async (now) => {
      const run = await parseCommand(readGolden('seed-000').file, '--now', now);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('--now must be a date YYYY-MM-DD');
    },
    RUN,
  );

  it('exits 2 for a relative --url, and without a file', async () => {
    const badUrl = await parseCommand(readGolden('seed-000').file, '--url', 'papers/2310.03714');
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toContain('--url must be an absolute URL');
    const noFile = await parseCommand();
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('give exactly one FILE');
  }, RUN);
});
