/**
 * "Import" of a digest: pasted text or a saved page, read by the same parsers as pages Paperdex captures,
 * and turned into library records the way a capture would be, with one sighting per paper.
 */
import type { Entry } from '../entry.js';
import { planCapture } from '../capture-plan.js';
import type { ImportReading } from '../import-types.js';
import { parseText, type PageInfo } from '../parse-page.js';

/**
 * Text through the generic page-text parser. `source` is where it came from: a URL, or a file name
 * (recorded as a `file:` URL, as saved pages are), or nothing for pasted text.
 */
export function readDigestText(text: string, now: number, source?: string): ImportReading {
  const result = parseText({ url: pageUrlOf(source), text, now: new Date(now) });
  return readDigestEntries(result.entries, result.page, now, result.problems);
}

/**
 * Parsed entries as an import: planned as a capture into an empty library, so a paper listed twice on the
 * page is one paper and titles merge with arXiv ids exactly as when browsing.
 */
export function readDigestEntries(
  entries: readonly Entry[],
  page: PageInfo,
  now: number,
  problems: readonly string[] = [],
): ImportReading {
  const where = page.kind === 'text' ? 'text' : 'page';
  const plan = planCapture({ page, entries: [...entries] }, { byId: new Map(), byTitleKey: new Map() }, now);
  const invalid = problems.map((reason) => ({ where, reason }));
  if (entries.length === 0) invalid.push({ where, reason: 'no papers found' });
  return { format: 'digest', papers: plan.put, sightings: plan.sightings, invalid };
}

function pageUrlOf(source: string | undefined): string {
  if (!source) return '';
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? source : `file:///${encodeURIComponent(source)}`;
}
