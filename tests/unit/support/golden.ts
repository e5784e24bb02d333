/**
 * Golden files (`tests/fixtures/golden/*.json`): what each seed and saved page says, read from the sources
 * themselves, and a field-by-field comparison with readable differences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entry, PageKind } from '../../../src/core/entry.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const GOLDEN_DIR = join(ROOT, 'tests/fixtures/golden');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const SEEDS_DIR = join(ROOT, 'seeds');

/** The capture day of the seeds and the search page: dates without a year are read against it. */
export const CAPTURE_DAY = '2025-12-08';
export const CAPTURED_AT = new Date(`${CAPTURE_DAY}T12:00:00Z`);

/** The fields a golden entry records, in the order differences are reported. */
export const GOLDEN_FIELDS = [
  'id',
  'arxivId',
  'version',
  'title',
  'abstract',
  'authors',
  'authorCount',
  'publishedAt',
  'upvotes',
  'commentCount',
  'arxivComment',
  'categories',
  'githubUrl',
  'aiSummary',
] as const;

export type GoldenField = (typeof GOLDEN_FIELDS)[number];
export type GoldenEntry = Partial<Pick<Entry, Exclude<GoldenField, 'id'>>> & { id: string };

export interface Golden {
  /** The source, relative to the repository root. */
  file: string;
  /** The page's URL ('' for a text capture). */
  url: string;
  /** Capture day, `YYYY-MM-DD`. */
  now: string;
  site: string;
  pageKind: PageKind;
  count: number;
  entries: GoldenEntry[];
}

export function readGolden(name: string): Golden {
  return JSON.parse(readFileSync(join(GOLDEN_DIR, `${name}.json`), 'utf8')) as Golden;
}

export function readSource(golden: Golden): string {
  return readFileSync(join(ROOT, golden.file), 'utf8');
}

/** `seed-000` … one per file in `seeds/`, in file order. */
export function seedGoldenNames(): string[] {
  return seedFiles().map((_, index) => `seed-${String(index).padStart(3, '0')}`);
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** Saved pages under `tests/fixtures/pages/`, by name without `.html`. */
export function pageFixtureNames(): string[] {
  return readdirSync(PAGES_DIR)
    // hostile-* pages are not replicas of a site's page but attacks on the extension (tests/e2e/hostile.spec.ts).
    .filter((name) => name.endsWith('.html') && !name.startsWith('hostile-'))
    .map((name) => name.replace(/\.html$/, ''))
    .sort();
}

/**
 * Every difference between parsed entries and a golden list, one line each: which entry (position and the
 * start of its title), which field, what was expected and what came out. Empty when they agree.
 */
export function differences(actual: readonly Entry[], expected: readonly GoldenEntry[]): string[] {
  const lines: string[] = [];
  if (actual.length !== expected.length) {
    lines.push(`expected ${expected.length} entries, got ${actual.length}`);
  }
  const count = Math.min(actual.length, expected.length);
  for (let i = 0; i < count; i++) {
    const got = actual[i]! as unknown as Record<string, unknown>;
    const want = expected[i]! as unknown as Record<string, unknown>;
    const label = `entry ${i + 1} (${describe(expected[i]!)})`;
    for (const field of GOLDEN_FIELDS) {
      if (!same(got[field], want[field])) {
        lines.push(`${label} ${field}: expected ${show(want[field])}, got ${show(got[field])}`);
      }
    }
  }
  for (let i = count; i < actual.length; i++) lines.push(`unexpected entry ${i + 1} (${describe(actual[i]!)})`);
  for (let i = count; i < expected.length; i++) lines.push(`missing entry ${i + 1} (${describe(expected[i]!)})`);
  return lines;
}

function describe(entry: { id: string; title?: string; abstract?: string }): string {
  const text = entry.title ?? entry.abstract ?? '';
  return `${entry.id} "${text.length > 50 ? `${text.slice(0, 50)}…` : text}"`;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 140 ? `${text.slice(0, 70)}…${text.slice(-60)}` : text;
}

/** Lines of page chrome that must never become a paper's title. */
export function isHeaderLine(title: string): boolean {
  return (
    /^(?:new|Subscribe|Daily Papers|by\s*AK and the research community)$/i.test(title) ||
    /^Get trending papers in your email inbox/i.test(title) ||
    /^Subscribe(?![a-z])/.test(title) ||
    /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?$/i.test(title)
  );
}
