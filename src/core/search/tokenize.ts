/** Splits folded text into the words the index knows. */
import { foldText } from './fold.js';
import { isStopWord } from './stop-words.js';

/** Letters, digits and the marks of scripts that write vowels as marks (Devanagari), in runs. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ASCII_SEPARATORS = /[^a-z0-9]+/;
const NON_ASCII = /[^\0-\x7f]/;

/** Every word of a text, folded, in order, stop words included (queries need to see them). */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  // Nearly all paper text folds to ASCII, where a plain split is several times faster than a Unicode regex.
  if (!NON_ASCII.test(folded)) return folded.split(ASCII_SEPARATORS).filter((token) => token !== '');
  return folded.match(WORD) ?? [];
}

/** The words of a text as the index stores them: stop words left out. */
export function indexTokens(text: string): string[] {
  return tokenize(text).filter((token) => !isStopWord(token));
}
