/**
 * Text as a BibTeX field value that LaTeX typesets as the same text and that BibTeX readers (BibTeX itself,
 * Zotero, JabRef) read back unchanged: special characters escaped, braces always balanced (BibTeX counts
 * even escaped ones, so a literal brace is written as a command), TeX ligatures broken.
 */
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

/** A field value of the person's own text (a note, tags, names): every character as written. */
export function texText(text: string): string {
  return escapePlain(cleanText(text));
}

/** A URL in a verbatim field: characters that would unbalance or end the value percent-encoded. */
export function texUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Control characters dropped, white space collapsed: BibTeX readers collapse it anyway. */
export function cleanText(text: string): string {
  return text.replace(/(?![\t\n\v\f\r])\p{Cc}/gu, '').replace(/\s+/g, ' ').trim();
}

/** Text with every character that means something to TeX or BibTeX escaped. */
export function escapePlain(text: string): string {
  let out = '';
  let previous = '';
  for (const char of text) {
    if (LIGATURES.has(previous + char)) out += '{}';
    out += SPECIAL[char] ?? char;
    previous = char;
  }
  return out;
}
