/**
 * Page text to typed lines: the first step of the page-text parser. Normalises what real captures bring
 * (CRLF, no-break and zero-width spaces, trailing blanks), drops the page chrome (the subscribe banner in
 * both its responsive variants, `Subscribe`, `Daily Papers`, the `byAK …` line, the header's date label),
 * and classifies every remaining line.
 */
import { parseBareArxivId, type ArxivRef } from '../arxiv-id.js';
import { collapseWhitespace } from '../text.js';

export type Token =
  | { kind: 'text'; text: string; prose: boolean }
  /** `• 7 authors` in a meta block. */
  | { kind: 'authors'; count: number }
  /** The `·` separator line of a meta block. */
  | { kind: 'dot' }
  /** `Jun 5`, `Mar 19, 2024`, optionally followed by the discussion's comment count. */
  | { kind: 'date'; date: string; comments?: number }
  /** `arXiv:ID`, which closes a record; any text glued after it starts the next one. */
  | { kind: 'arxiv'; ref: ArxivRef }
  /** A bare number: the upvote count shown before a card's title. */
  | { kind: 'count'; value: number };

const BANNER = /^Get trending papers in your email inbox(?: once a day)?!/i;
/** `Subscribe`, also when a textContent-style capture glues the first title to it (`SubscribeInter-GPS`). */
const SUBSCRIBE = /^Subscribe(?![a-z])/;
const BYLINE = /^by\s*AK and the research community/i;
const DAILY_PAPERS = /^Daily Papers/i;
/** Whole lines of page chrome that are never papers, wherever they appear. */
const CHROME_LINE =
  /^(?:new|Get trending papers in your email inbox(?: once a day)?!|Subscribe|Daily Papers|by\s*AK and the research community|Upvote|GitHub|arXiv Page|Submitted by\b.*)$/i;
const HEADER_PREFIXES = [BANNER, SUBSCRIBE, BYLINE, DAILY_PAPERS];

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_LINE = new RegExp(`^(?:published on\\s+)?(${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)(?:\\s+(\\d+))?$`, 'i');
const AUTHORS_LINE = /^[•·*-]?\s*(\d+)\s+authors?$/i;
const DOT_LINE = /^[·•]$/;
const COUNT_LINE = /^(\d{1,3}(?:,\d{3})+|\d+)$/;
const ARXIV_LINE = /^arxiv:\s*(?:(\d{4})\.(\d{4,5})|([a-z]+(?:-[a-z]+)?(?:\.[a-z]{2})?\/\d{7}))/i;

/** Splits and normalises text into trimmed, non-empty lines. */
export function normaliseLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Typed lines of a page's text, page chrome removed. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let inHeader = true;
  for (const raw of normaliseLines(text)) {
    let line = raw;
    if (inHeader) {
      line = stripHeader(line);
      if (line === '') continue;
      // The header's date label (`Mar 12`) is the day navigator, not a paper's date.
      if (DATE_LINE.test(line)) continue;
      inHeader = false;
    }
    if (stripHeader(line) === '') {
      // Another capture's header (captures pasted one after another): its glued `Subscribe` and date label too.
      inHeader = true;
      continue;
    }
    if (CHROME_LINE.test(line)) continue;
    tokens.push(...classify(line));
  }
  return tokens;
}

function stripHeader(line: string): string {
  let rest = line;
  for (let stripped = true; stripped && rest !== ''; ) {
    stripped = false;
    if (/^new$/i.test(rest)) return '';
    for (const prefix of HEADER_PREFIXES) {
      const match = prefix.exec(rest);
      if (match) {
        rest = rest.slice(match[0].length).trim();
        stripped = true;
      }
    }
  }
  return rest;
}

function classify(line: string): Token[] {
  const authors = AUTHORS_LINE.exec(line);
  if (authors) return [{ kind: 'authors', count: Number(authors[1]) }];
  if (DOT_LINE.test(line)) return [{ kind: 'dot' }];
  const date = DATE_LINE.exec(line);
  if (date) return [{ kind: 'date', date: date[1]!, ...(date[3] ? { comments: Number(date[3]) } : {}) }];
  if (COUNT_LINE.test(line)) return [{ kind: 'count', value: Number(line.replace(/,/g, '')) }];
  const arxiv = readArxivPrefix(line);
  if (arxiv) {
    const rest = line.slice(arxiv.length).trim();
    return rest === '' ? [{ kind: 'arxiv', ref: arxiv.ref }] : [{ kind: 'arxiv', ref: arxiv.ref }, ...classify(rest)];
  }
  const text = collapseWhitespace(line);
  return [{ kind: 'text', text, prose: isProse(text) }];
}

/** `arXiv:ID[vN]` at the start of a line: the id and the length of the prefix it takes. */
function readArxivPrefix(line: string): { ref: ArxivRef; length: number } | undefined {
  const match = ARXIV_LINE.exec(line);
  if (!match) return undefined;
  let id: string;
  let length: number;
  if (match[1]) {
    // The serial has 4 digits before 2015 and 5 after, so a glued abstract starting with a digit stays intact.
    const serialLength = Number(match[1]) >= 1501 ? 5 : 4;
    if (match[2]!.length < serialLength) return undefined;
    id = `${match[1]}.${match[2]!.slice(0, serialLength)}`;
    length = match[0].length - (match[2]!.length - serialLength);
  } else {
    id = match[3]!;
    length = match[0].length;
  }
  const version = /^v\d+/.exec(line.slice(length))?.[0];
  const ref = parseBareArxivId(id + (version ?? ''));
  return ref ? { ref, length: length + (version?.length ?? 0) } : undefined;
}

/**
 * Whether a line reads as prose (an abstract or summary) rather than a title or a short label:
 * long, or a full sentence of ten words or more, or several sentences.
 */
export function isProse(line: string): boolean {
  if (line.length >= 250) return true;
  const words = line.split(' ').length;
  if (words >= 10 && /\.["')\]]?$/.test(line)) return true;
  return words >= 15 && /[a-z)]\. [A-Z]/.test(line);
}

const LETTER = /\p{L}/u;
const SAMPLE = 400;

/**
 * Whether a line is made of words, not binary noise: mostly letters, no control or replacement characters.
 * Judged on the line's first 400 characters, which is as telling as the whole and keeps long lines cheap.
 */
export function isWordy(line: string): boolean {
  const end = Math.min(line.length, SAMPLE);
  let letters = 0;
  let visible = 0;
  for (let i = 0; i < end; i++) {
    const code = line.charCodeAt(i);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0xfffd) return false;
    if (code === 0x20 || code === 0x09) continue;
    visible++;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && LETTER.test(line[i]!))) {
      letters++;
    }
  }
  return letters >= 2 && letters >= visible * 0.4;
}
