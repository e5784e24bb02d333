/** Splits displayed text into plain and matched parts, for the words a search matched. */
import { foldText } from '../core/search/fold.js';

export interface Part {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Marks each word of `text` whose folded form is one of `terms` (the index words the paper matched). */
export function highlightParts(text: string, terms: readonly string[]): Part[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  const wanted = new Set(terms);
  const parts: Part[] = [];
  let last = 0;
  for (const word of text.matchAll(WORD)) {
    const folded = foldText(word[0]);
    if (!wanted.has(folded)) continue;
    const start = word.index;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: word[0], match: true });
    last = start + word[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
