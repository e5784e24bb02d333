/**
 * Reads the search box: free words, `"quoted phrases"`, and filters in the same text —
 * `is:bookmarked|unread|read`, `tag:NAME`, `year:2024` (`>`, `>=`, `<`, `<=`, `2020-2023`), `site:hf|arxiv`,
 * `id:ARXIV-ID-OR-URL`. An arXiv id or URL pasted alone is an id lookup. Unknown `x:y` tokens are words.
 * Never throws: whatever is typed reads as some query.
 */
import { parseArxivId } from '../arxiv-id.js';
import { applyFilter, FILTER_KEYS } from './query-filters.js';
import type { ParsedQuery, QueryWord } from './query-types.js';
import { tokenize } from './tokenize.js';

/** A bare token, or `head"quoted"` (head may be `key:`), the closing quote optional. */
const RAW_TOKEN = /([^\s"“”]*)["“”]([^"“”]*)(["“”]?)|[^\s"“”]+/g;
const KEY_VALUE = /^([a-z]+):(.*)$/i;

interface RawToken {
  head: string;
  quoted?: string;
  closed: boolean;
}

export function parseQuery(text: string): ParsedQuery {
  const query: ParsedQuery = { words: [], filters: { tags: [], sites: [] }, ignored: [] };
  const tokens = splitRaw(text);
  const free: RawToken[] = [];
  for (const token of tokens) {
    if (!readFilter(query, token)) free.push(token);
  }
  const lone = free.length === 1 && free[0]!.quoted === undefined ? parseArxivId(free[0]!.head) : null;
  if (lone) {
    query.arxivId = lone.id;
    return query;
  }
  for (const token of free) {
    for (const word of tokenize(token.head)) query.words.push({ text: word, prefix: false, phrase: false });
    if (token.quoted !== undefined) {
      for (const word of tokenize(token.quoted)) query.words.push({ text: word, prefix: false, phrase: true });
    }
  }
  markPrefix(query.words, text, tokens, free);
  return query;
}

function splitRaw(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  for (const match of text.matchAll(RAW_TOKEN)) {
    if (match[2] === undefined) tokens.push({ head: match[0], closed: true });
    else tokens.push({ head: match[1] ?? '', quoted: match[2], closed: match[3] !== '' });
  }
  return tokens;
}

/** Applies a `key:value` token; false when the token is not a filter and so is free text. */
function readFilter(query: ParsedQuery, token: RawToken): boolean {
  const keyValue = KEY_VALUE.exec(token.head);
  if (!keyValue) return false;
  const key = keyValue[1]!.toLowerCase();
  if (!FILTER_KEYS.has(key)) return false;
  const value = token.quoted ?? keyValue[2]!;
  if (applyFilter(query, key, value)) return true;
  query.ignored.push(token.quoted === undefined ? token.head : `${token.head}"${value}"`);
  return true;
}

/** The last word is still being typed — a prefix — when the text ends in it: not in a space, quote or filter. */
function markPrefix(words: QueryWord[], text: string, tokens: RawToken[], free: RawToken[]): void {
  const last = words[words.length - 1];
  const lastToken = tokens[tokens.length - 1];
  if (!last || !lastToken || lastToken !== free[free.length - 1]) return;
  if (/[\p{L}\p{N}\p{M}]$/u.test(text)) last.prefix = true;
}
