/** Small text helpers shared by the parsers and the library. */

/**
 * Runs of two or more white-space characters, or any single one that is not a plain space. Single spaces
 * (most of any text) do not match, which makes collapsing four times faster than replacing every run.
 */
const NOT_ONE_SPACE = /[\s\u200b\u2060]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;

/** Collapses every run of white space (including no-break and zero-width spaces) to one space, and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(NOT_ONE_SPACE, ' ').trim();
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
