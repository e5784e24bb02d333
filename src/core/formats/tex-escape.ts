/**
 * Text as a BibTeX field value that LaTeX typesets as the same text and that BibTeX readers (BibTeX itself,
 * Zotero, JabRef) read back unchanged: special characters escaped, braces always balanced (BibTeX counts
 * even escaped ones, so a literal brace is written as a command), TeX ligatures broken, math kept.
 */
import { mathSpans } from './tex-math.js';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In TeX's default font encoding `<`, `>` and `|` print as other glyphs (¡, ¿, —).
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** Pairs that TeX fonts turn into one glyph (`--` en dash, `''` closing quote, `` !` `` ¡): an empty group keeps them apart. */
const LIGATURES = new Set(['--', "''", '``', '!`', '?`', ',,']);

/** A field value: special characters escaped, math kept as math. */
export function texText(text: string): string {
  return withMath(text, escapePlain);
}

/**
 * A title: as texText, and words whose capitals carry meaning (`BERT`, `LoRA`, `GPT` of `GPT-4o`, `ImageNet`) in
 * braces, so that bibliography styles that lower-case titles leave them alone. Ordinary capitalised words
 * stay unprotected: a style may re-case them as it should.
 */
export function texTitle(text: string): string {
  return withMath(text, (part) => {
    let out = '';
    let last = 0;
    for (const match of part.matchAll(/[\p{L}\p{M}\p{N}]+(?:\.[\p{L}\p{M}\p{N}]+)*/gu)) {
      const word = match[0];
      out += escapePlain(part.slice(last, match.index)) + (keepsCase(word) ? `{${word}}` : word);
      last = match.index + word.length;
    }
    return out + escapePlain(part.slice(last));
  });
}

/** A URL in a verbatim field: characters that would unbalance or end the value percent-encoded. */
export function texUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function keepsCase(word: string): boolean {
  return /\p{Lu}/u.test(word.slice(1)) || (/^\p{Lu}$/u.test(word) && word !== 'A') || (/\p{N}/u.test(word) && /\p{Lu}/u.test(word));
}

/** Applies `plain` to the text between math spans; math is copied as it is. */
function withMath(text: string, plain: (part: string) => string): string {
  const clean = text.replace(/(?![\t\n\v\f\r])\p{Cc}/gu, '').replace(/\s+/g, ' ').trim();
  let out = '';
  let last = 0;
  for (const span of mathSpans(clean)) {
    out += plain(clean.slice(last, span.start)) + clean.slice(span.start, span.end);
    last = span.end;
  }
  return out + plain(clean.slice(last));
}

function escapePlain(text: string): string {
  let out = '';
  let previous = '';
  for (const char of text) {
    if (LIGATURES.has(previous + char)) out += '{}';
    out += SPECIAL[char] ?? char;
    previous = char;
  }
  return out;
}
