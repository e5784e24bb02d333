/**
 * Titles and abstracts as BibTeX values. Pages show them as their authors wrote them for arXiv, in TeX:
 * `10\%`, `na\"{\i}ve`, `\emph{looped}`, `$\alpha$`. What is plainly TeX is kept, so LaTeX typesets it and
 * Zotero reads "10%", "naïve", italics and α, instead of the backslashes; everything else is escaped.
 */
import { cleanText, escapePlain } from './tex-escape.js';
import { mathSpans, type MathSpan } from './tex-math.js';

/** `\emph{x}` inside `\emph{…}` deeper than this is written as text: only odd input nests so deep. */
const MAX_DEPTH = 4;
/** Emphasis longer than this is written as text, so a file of unclosed `\emph{` stays quick to write. */
const MAX_EMPHASIS = 2_000;

export function texAbstract(text: string): string {
  return withTex(cleanText(text), escapePlain, 0);
}

/**
 * A title, and words whose capitals carry meaning (`BERT`, `LoRA`, `GPT` of `GPT-4o`, `ImageNet`) in
 * braces, so that bibliography styles that lower-case titles leave them alone. Ordinary capitalised words
 * stay unprotected: a style may re-case them as it should.
 */
export function texTitle(text: string): string {
  return withTex(cleanText(text), protectCapitals, 0);
}

function protectCapitals(part: string): string {
  let out = '';
  let last = 0;
  for (const match of part.matchAll(/[\p{L}\p{M}\p{N}]+(?:\.[\p{L}\p{M}\p{N}]+)*/gu)) {
    const word = match[0];
    out += escapePlain(part.slice(last, match.index)) + (keepsCase(word) ? `{${word}}` : word);
    last = match.index + word.length;
  }
  return out + escapePlain(part.slice(last));
}

function keepsCase(word: string): boolean {
  return /\p{Lu}/u.test(word.slice(1)) || (/^\p{Lu}$/u.test(word) && word !== 'A') || (/\p{N}/u.test(word) && /\p{Lu}/u.test(word));
}

/** Math and TeX fragments copied (emphasis with its content written the same way); `plain` for the rest. */
function withTex(text: string, plain: (part: string) => string, depth: number): string {
  const spans: MathSpan[] = mathSpans(text);
  let out = '';
  let last = 0;
  let span = 0;
  for (let i = nextSpecial(text, 0); i < text.length; i = nextSpecial(text, i)) {
    while (spans[span] && spans[span]!.start < i) span++;
    const math = spans[span]?.start === i ? spans[span] : undefined;
    const fragment = math ? { tex: text.slice(math.start, math.end), end: math.end } : texAt(text, i, plain, depth);
    if (!fragment) {
      i++;
      continue;
    }
    out += plain(text.slice(last, i)) + fragment.tex;
    i = last = fragment.end;
  }
  return out + plain(text.slice(last));
}

function nextSpecial(text: string, from: number): number {
  const special = /[\\$]/g;
  special.lastIndex = from;
  return special.exec(text)?.index ?? text.length;
}

/**
 * The TeX at `i` (a backslash) that is plainly meant as TeX: an escaped special character (`\%`), an
 * accent on a letter (`\'e`, `\"{\i}`) or emphasis (`\emph{…}`). Undefined for anything else.
 */
function texAt(text: string, i: number, plain: (part: string) => string, depth: number): { tex: string; end: number } | undefined {
  const rest = text.slice(i, i + 12);
  const escaped = /^\\[%&$#_]/.exec(rest)?.[0];
  if (escaped) return { tex: escaped, end: i + 2 };
  // BibTeX counts even escaped braces: an escaped brace is written as the command for it.
  if (rest.startsWith('\\{')) return { tex: '\\textbraceleft{}', end: i + 2 };
  if (rest.startsWith('\\}')) return { tex: '\\textbraceright{}', end: i + 2 };
  const accent = /^\\['"`^~=.](?:[A-Za-z]|\{(?:[A-Za-z]|\\[ij])\})/.exec(rest)?.[0];
  if (accent) return { tex: accent, end: i + accent.length };
  const command = /^\\(?:emph|textbf|textit)\{/.exec(rest)?.[0];
  if (!command || depth >= MAX_DEPTH) return undefined;
  const close = closingBrace(text, i + command.length);
  if (close < 0) return undefined;
  return { tex: `${command}${withTex(text.slice(i + command.length, close), plain, depth + 1)}}`, end: close + 1 };
}

/** The `}` closing the group opened just before `from`, counting braces as BibTeX does; -1 when none does. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < Math.min(text.length, from + MAX_EMPHASIS); i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
