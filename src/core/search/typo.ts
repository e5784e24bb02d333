/**
 * Words one edit away (Damerau: deletion, transposition of neighbours, substitution, insertion), made as
 * bytes in one reused buffer: a keystroke may try a thousand of them, so none becomes a string.
 */

/** Insertions and substitutions use letters and digits: folded words are nearly all ASCII. */
const ALPHABET = new TextEncoder().encode('abcdefghijklmnopqrstuvwxyz0123456789');

/**
 * Calls `visit` with each variant of `word` (UTF-8) one edit away; the view is valid only during the call.
 * Variants may repeat; `word` itself is not visited. Bytes, not characters, are edited: in a word with
 * non-ASCII letters some variants are not valid UTF-8 and simply match nothing.
 */
export function forEachEdit(word: Uint8Array, visit: (variant: Uint8Array) => void): void {
  const n = word.length;
  const buffer = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    // Deletion of byte i.
    buffer.set(word.subarray(0, i), 0);
    buffer.set(word.subarray(i + 1), i);
    visit(buffer.subarray(0, n - 1));
  }
  buffer.set(word, 0);
  for (let i = 0; i + 1 < n; i++) {
    if (word[i] === word[i + 1]) continue;
    buffer[i] = word[i + 1]!;
    buffer[i + 1] = word[i]!;
    visit(buffer.subarray(0, n));
    buffer[i] = word[i]!;
    buffer[i + 1] = word[i + 1]!;
  }
  for (let i = 0; i < n; i++) {
    for (const letter of ALPHABET) {
      if (letter === word[i]) continue;
      buffer[i] = letter;
      visit(buffer.subarray(0, n));
    }
    buffer[i] = word[i]!;
  }
  for (let i = 0; i <= n; i++) {
    buffer.set(word.subarray(0, i), 0);
    buffer.set(word.subarray(i), i + 1);
    for (const letter of ALPHABET) {
      buffer[i] = letter;
      visit(buffer.subarray(0, n + 1));
    }
  }
}
