/** The canonical key of a paper: its arXiv id when known, else a hash of its normalised title. */
import { arxivKey } from './arxiv-id.js';
import { normalizeTitle } from './text.js';

/** A short, stable key for a title: the same normalised title always gives the same key. */
export function titleKey(title: string): string {
  return `title:${fnv1a64(normalizeTitle(title))}`;
}

/** The key of a paper from what is known of it, or null when neither an arXiv id nor a title is known. */
export function paperKey(fields: { arxivId?: string; title?: string }): string | null {
  if (fields.arxivId) return arxivKey(fields.arxivId);
  if (fields.title && normalizeTitle(fields.title) !== '') return titleKey(fields.title);
  return null;
}

/** FNV-1a, 64 bits, over the UTF-8 bytes of the text, as 16 hex digits. */
function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // Two 32-bit halves: 64-bit multiplication by the FNV prime 0x100000001b3, without BigInt.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of bytes) {
    lo = (lo ^ byte) >>> 0;
    // (hi, lo) * 0x1b3 + ((hi, lo) << 40)
    const loMul = lo * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    const newHi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    hi = newHi;
    lo = newLo;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
