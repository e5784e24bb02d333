/**
 * Folds text to the form the index and queries share: TeX commands dropped, diacritics removed, lower case.
 * `Akyürek`, `Aky\"urek` and `akyurek` fold alike, so a name is found however it was typed or captured.
 */

/** Latin letters that NFKD does not decompose, spelled as people type them on an English keyboard. */
const LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  ı: 'i',
};
const SPECIAL_LETTERS = /[øæœłđðþßı]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** `\emph`, `\mathcal`: the command goes, its braced argument stays as text. */
const TEX_COMMAND = /\\[a-zA-Z]+/g;
/** BibTeX accents such as `\"u` or `\'{e}`: the accent goes, the letter stays. */
const TEX_ACCENT = /\\[^a-zA-Z\s]/g;
/** Math glue (`S$^{2}$FT`) is removed without splitting, so `S$^{2}$FT` reads as `s2ft`, like the title key. */
const TEX_GLUE = /[$^{}]/g;

export function foldText(text: string): string {
  let folded = text;
  if (folded.includes('\\')) folded = folded.replace(TEX_COMMAND, ' ').replace(TEX_ACCENT, '');
  if (folded.includes('$') || folded.includes('{') || folded.includes('^')) folded = folded.replace(TEX_GLUE, '');
  folded = folded.toLowerCase();
  // Most text is ASCII: skip normalisation, the costliest step, when there is nothing to fold.
  if (/[^ -~\t\n\r]/.test(folded)) {
    folded = folded
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .replace(SPECIAL_LETTERS, (letter) => LETTERS[letter] ?? letter);
  }
  return folded;
}
