/** Small text helpers shared by the parsers and the library. */

/** Collapses every run of white space (including no-break and zero-width spaces) to one space, and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2060\ufeff]+/g, ' ').trim();
}

/**
 * The form of a title used to recognise the same paper across pages: Unicode-folded, lower case, TeX and
 * punctuation removed, white space collapsed. `S$^{2}$FT` and `S^2FT` give the same form.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\\[a-z]+\s*/g, ' ') // TeX commands such as \emph or \mathbf
    .replace(/[-\u2010-\u2015/_]+/g, ' ')
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses a whole number shown on a page (`1,234`, `12`); `-` (zero shown while logged out) is 0. */
export function parseCount(text: string | null | undefined): number | undefined {
  if (text == null) return undefined;
  const trimmed = collapseWhitespace(text);
  if (trimmed === '-' || trimmed === '\u2013') return 0;
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([kKmM])?$/.exec(trimmed);
  if (!match) return undefined;
  const base = Number(match[1]!.replace(/,/g, '') + (match[2] ?? ''));
  const scale = match[3] ? (match[3].toLowerCase() === 'k' ? 1_000 : 1_000_000) : 1;
  return Math.round(base * scale);
}
