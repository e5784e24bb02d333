/**
 * Terms one edit away from a word (Damerau: deletion, transposition of neighbours, substitution,
 * insertion), found by walking the sorted dictionary like a trie rather than by trying every variant:
 * at each position only the letters that really follow the word's beginning in some term are tried, and the
 * walk stops where no term shares the beginning any more. An 11-letter word costs about 270 narrow
 * binary searches instead of some 840 full ones — it matters on the first keystrokes, before the JIT warms up.
 */
import type { Segment } from './segment.js';

/** Called with each matching term and the length of the variant it matched (for prefix weighting). */
export type TypoVisitor = (term: number, variantLength: number) => void;

/**
 * Visits the terms one edit from `word` (UTF-8 bytes) or, in prefix mode, the terms that start with a string
 * one edit from it. Bytes are edited, so a typo on a non-ASCII letter is not always found. Terms may be
 * visited more than once.
 */
export function forEachTypo(segment: Segment, word: Uint8Array, prefix: boolean, visit: TypoVisitor): void {
  const n = word.length;
  const variant = new Uint8Array(n + 1);
  const lookup = (length: number, lo: number, hi: number): void => {
    const key = variant.subarray(0, length);
    if (prefix) {
      const [from, to] = segment.prefixRange(key, lo, hi);
      for (let term = from; term < to; term++) visit(term, length);
    } else {
      const term = segment.findTerm(key, lo, hi);
      if (term >= 0) visit(term, length);
    }
  };
  let lo = 0;
  let hi = segment.termCount;
  // Invariant: [lo, hi) holds the terms starting with word[0, i).
  for (let i = 0; i <= n && lo < hi; i++) {
    variant.set(word.subarray(0, i), 0);
    // Deleting the last letter of a prefix matches nothing a substitution there does not.
    if (i < n && !(prefix && i === n - 1)) {
      variant.set(word.subarray(i + 1), i);
      lookup(n - 1, lo, hi);
    }
    if (i + 1 < n && word[i] !== word[i + 1]) {
      variant[i] = word[i + 1]!;
      variant[i + 1] = word[i]!;
      variant.set(word.subarray(i + 2), i + 2);
      lookup(n, lo, hi);
    }
    const insertAtEnd = i === n && !prefix; // in prefix mode the word itself already matches those
    if (i < n || insertAtEnd) forEachNextByte(segment, i, lo, hi, (byte, from, to) => {
      variant[i] = byte;
      if (i < n && byte !== word[i]) {
        variant.set(word.subarray(i + 1), i + 1);
        lookup(n, from, to);
      }
      variant.set(word.subarray(i), i + 1);
      lookup(n + 1, from, to);
    });
    if (i < n) [lo, hi] = segment.prefixRange(word.subarray(0, i + 1), lo, hi);
  }
}

/** Calls back once per distinct byte at position `at` among terms [lo, hi), with the range having it. */
function forEachNextByte(
  segment: Segment,
  at: number,
  lo: number,
  hi: number,
  visit: (byte: number, from: number, to: number) => void,
): void {
  let from = lo;
  if (from < hi && segment.termLength(from) === at) from++; // the term that is exactly the beginning
  while (from < hi) {
    const byte = segment.termBytes[segment.termOffsets[from]! + at]!;
    const to = segment.runEnd(from, hi, at, byte);
    visit(byte, from, to);
    from = to;
  }
}
