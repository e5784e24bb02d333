/** Reads any page or text into entries: picks the parser from the URL, falls back to the page's text. */
import type { PageKind } from './entry.js';
import { finishDrafts } from './parsers/finish.js';
import { pageText, SITE_PARSERS } from './parsers/registry.js';
import type { PageInfo, PageParser, ParseInput, ParseResult, Reading } from './parsers/types.js';

export type { PageInfo, PageLink, ParseInput, ParseResult } from './parsers/types.js';

/**
 * The parser for a page and the kind of page it is: by URL, else (a saved page of unknown origin) by its
 * content. Text without a URL, or a page of an unknown site, is page text.
 */
export function pickParser(pageUrl: string, document?: Document): { parser: PageParser; kind: PageKind } {
  const url = safeUrl(pageUrl);
  for (const parser of SITE_PARSERS) {
    const kind = url ? parser.kindOf(url) : null;
    if (kind) return { parser, kind };
  }
  for (const parser of document ? SITE_PARSERS : []) {
    const kind = parser.recognize(document!);
    if (kind) return { parser, kind };
  }
  return { parser: pageText, kind: 'text' };
}

/**
 * Parses a page. Never throws: what could not be read is listed in `problems`. A site page that yields
 * no papers from its structure is read again as text, in case the site changed its layout.
 */
export function parsePage(input: ParseInput): ParseResult {
  const { parser, kind } = pickParser(input.url, input.document);
  const first = runParser(parser, input, kind);
  if (first.entries.length > 0 || parser === pageText || (input.text === undefined && !input.document)) {
    return first;
  }
  const fallback = runParser(pageText, input, 'text');
  if (fallback.entries.length === 0) return first;
  return {
    ...fallback,
    page: { ...first.page },
    entries: fallback.entries.map((entry) => ({ ...entry, source: { ...entry.source, pageKind: first.page.kind } })),
    problems: [...first.problems, `read as text: the ${parser.label.toLowerCase()} structure gave no papers`],
  };
}

/** Reads text with the generic parser, whatever the URL (for "save papers on this page"). */
export function parseText(input: ParseInput): ParseResult {
  return runParser(pageText, input, 'text');
}

function runParser(parser: PageParser, input: ParseInput, kind: PageKind): ParseResult {
  const base: PageInfo = { kind, site: safeUrl(input.url)?.hostname ?? '', url: input.url };
  let reading: Reading;
  try {
    reading = parser.read(input, kind);
  } catch (error) {
    reading = { drafts: [], problems: [`the ${parser.label.toLowerCase()} could not be read (${describe(error)})`] };
  }
  const page: PageInfo = { ...base, ...stripUndefined(reading.page ?? {}) };
  const finished = finishDrafts(reading.drafts, page, input.now);
  return { parser: parser.id, page, entries: finished.entries, problems: [...reading.problems, ...finished.problems] };
}

function safeUrl(text: string): URL | undefined {
  if (!text) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
