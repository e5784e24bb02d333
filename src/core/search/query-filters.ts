/** Reads the value of one `key:value` filter into the query's filters; false when the value cannot be read. */
import { parseArxivId } from '../arxiv-id.js';
import type { ParsedQuery, SiteFilter, YearRange } from './query-types.js';
import { tagKey } from './tag-key.js';

export const FILTER_KEYS: ReadonlySet<string> = new Set(['is', 'tag', 'year', 'site', 'id']);

/** `is:` values; a value may be cut short while typed (`is:book`), as long as it names one state. */
const STATES: ReadonlyArray<[string, (query: ParsedQuery) => void]> = [
  ['bookmarked', (query) => (query.filters.bookmarked = true)],
  ['unread', (query) => (query.filters.read = false)],
  ['read', (query) => (query.filters.read = true)],
];

const SITE_NAMES: ReadonlyArray<[string, SiteFilter]> = [
  ['hf', 'huggingface.co'],
  ['huggingface', 'huggingface.co'],
  ['huggingface.co', 'huggingface.co'],
  ['arxiv', 'arxiv.org'],
  ['arxiv.org', 'arxiv.org'],
];

const YEAR = /^(>=|<=|>|<|=)?(\d{4})$/;
const YEAR_SPAN = /^(\d{4})(?:-|\.\.)(\d{4})$/;

export function applyFilter(query: ParsedQuery, key: string, value: string): boolean {
  switch (key) {
    case 'is':
      return applyState(query, value.toLowerCase());
    case 'tag': {
      const tag = tagKey(value);
      if (tag === '') return false;
      if (!query.filters.tags.includes(tag)) query.filters.tags.push(tag);
      return true;
    }
    case 'site':
      return applySite(query, value.toLowerCase());
    case 'year': {
      const range = readYear(value);
      if (!range) return false;
      query.filters.year = intersect(query.filters.year, range);
      return true;
    }
    case 'id': {
      const ref = parseArxivId(value);
      if (!ref) return false;
      query.arxivId = ref.id;
      return true;
    }
    default:
      return false;
  }
}

function applyState(query: ParsedQuery, value: string): boolean {
  if (value === '') return false;
  const matches = STATES.filter(([name]) => name.startsWith(value));
  if (matches.length !== 1) return false;
  matches[0]![1](query);
  return true;
}

function applySite(query: ParsedQuery, value: string): boolean {
  if (value === '') return false;
  const sites = new Set(SITE_NAMES.filter(([name]) => name.startsWith(value)).map(([, site]) => site));
  if (sites.size !== 1) return false;
  const [site] = sites;
  if (site && !query.filters.sites.includes(site)) query.filters.sites.push(site);
  return true;
}

export function readYear(value: string): YearRange | null {
  const span = YEAR_SPAN.exec(value);
  if (span) {
    const [from, to] = [Number(span[1]), Number(span[2])];
    return from <= to ? { min: from, max: to } : { min: to, max: from };
  }
  const match = YEAR.exec(value);
  if (!match) return null;
  const year = Number(match[2]);
  switch (match[1]) {
    case '>':
      return { min: year + 1 };
    case '>=':
      return { min: year };
    case '<':
      return { max: year - 1 };
    case '<=':
      return { max: year };
    default:
      return { min: year, max: year };
  }
}

function intersect(a: YearRange | undefined, b: YearRange): YearRange {
  if (!a) return b;
  const min = Math.max(a.min ?? -Infinity, b.min ?? -Infinity);
  const max = Math.min(a.max ?? Infinity, b.max ?? Infinity);
  return { ...(Number.isFinite(min) ? { min } : {}), ...(Number.isFinite(max) ? { max } : {}) };
}
