/** UTF-8 helpers: the index keeps strings as bytes and compares them as bytes (code point order). */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return decoder.decode(bytes.subarray(start, end));
}

/** Compares `bytes[start, end)` with `key`: negative when the stored string sorts first. */
export function compareBytes(bytes: Uint8Array, start: number, end: number, key: Uint8Array): number {
  const length = Math.min(end - start, key.length);
  for (let i = 0; i < length; i++) {
    const diff = bytes[start + i]! - key[i]!;
    if (diff !== 0) return diff;
  }
  return end - start - key.length;
}

/** Whether `bytes[start, end)` starts with `prefix`. */
export function startsWithBytes(bytes: Uint8Array, start: number, end: number, prefix: Uint8Array): boolean {
  if (end - start < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[start + i] !== prefix[i]) return false;
  return true;
}

/**
 * Compares strings in code point order, the order of their UTF-8 bytes. JavaScript's `<` compares UTF-16
 * units, which puts U+E000–U+FFFF after astral characters; this shifts units so both orders agree.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fixup(x) - fixup(y);
  }
  return a.length - b.length;
}

function fixup(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
