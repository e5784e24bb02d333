/**
 * Reads a segment in place: typed-array views over the stored bytes, no parsing beyond the header.
 * Strings (ids, terms) stay UTF-8 and are compared as bytes; only the few that are shown get decoded.
 */
import { FIELD_COUNT } from './scoring.js';
import { HEADER_BYTES, H, MAGIC, FORMAT_VERSION, S } from './segment-format.js';
import type { Overlay } from './segment-writer.js';
import { compareBytes, decodeUtf8, encodeUtf8, startsWithBytes } from './utf8.js';

export class SegmentFormatError extends Error {
  override name = 'SegmentFormatError';
}

export class Segment {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly docCount: number;
  readonly termCount: number;
  readonly averages: readonly number[];
  readonly lastSeen: Float64Array;
  readonly year: Uint16Array;
  readonly flags: Uint8Array;
  readonly idOffsets: Uint32Array;
  readonly idBytes: Uint8Array;
  readonly idOrder: Uint32Array;
  readonly tagOffsets: Uint32Array;
  readonly tagBytes: Uint8Array;
  readonly docTagOffsets: Uint32Array;
  readonly docTags: Uint32Array;
  readonly termOffsets: Uint32Array;
  readonly termBytes: Uint8Array;
  readonly postingOffsets: Uint32Array;
  readonly df: Uint32Array;
  readonly postings: Uint8Array;
  readonly prefixOffsets: Uint32Array;
  readonly prefixBytes: Uint8Array;
  readonly firstTerms: Uint32Array;
  readonly listOffsets: Uint32Array;
  readonly lists: Uint8Array;
  private readonly overlayViews: Uint8Array[];

  /** Views `bytes`, copying them first only when they do not start on an 8-byte boundary. */
  constructor(input: Uint8Array) {
    const aligned = input.byteOffset % 8 === 0 && input.buffer instanceof ArrayBuffer;
    const bytes = aligned ? (input as Uint8Array<ArrayBuffer>) : input.slice();
    if (bytes.byteLength < HEADER_BYTES) throw new SegmentFormatError('search index: too short');
    const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
    const word = (slot: number): number => header.getUint32(slot * 4, true);
    if (word(H.magic) !== MAGIC) throw new SegmentFormatError('search index: not a Paperdex index');
    if (word(H.version) !== FORMAT_VERSION) throw new SegmentFormatError(`search index: format ${word(H.version)}`);
    this.bytes = bytes;
    this.docCount = word(H.docCount);
    this.termCount = word(H.termCount);
    this.averages = Array.from({ length: FIELD_COUNT }, (_, i) => header.getFloat32((H.averages + i) * 4, true));
    type Make<T> = (buffer: ArrayBuffer, offset: number, length: number) => T;
    const view = <T>(section: number, make: Make<T>, size: number): T => {
      const offset = word(H.sections + 2 * section);
      const length = word(H.sections + 2 * section + 1);
      if (offset + length > bytes.byteLength) throw new SegmentFormatError('search index: truncated');
      return make(bytes.buffer, bytes.byteOffset + offset, length / size);
    };
    const u8 = (section: number): Uint8Array => view(section, (b, o, l) => new Uint8Array(b, o, l), 1);
    const u16 = (section: number): Uint16Array => view(section, (b, o, l) => new Uint16Array(b, o, l), 2);
    const u32 = (section: number): Uint32Array => view(section, (b, o, l) => new Uint32Array(b, o, l), 4);
    this.lastSeen = view(S.lastSeen, (b, o, l) => new Float64Array(b, o, l), 8);
    this.year = u16(S.year);
    this.flags = u8(S.flags);
    this.idOffsets = u32(S.idOffsets);
    this.idBytes = u8(S.idBytes);
    this.idOrder = u32(S.idOrder);
    this.tagOffsets = u32(S.tagOffsets);
    this.tagBytes = u8(S.tagBytes);
    this.docTagOffsets = u32(S.docTagOffsets);
    this.docTags = u32(S.docTags);
    this.termOffsets = u32(S.termOffsets);
    this.termBytes = u8(S.termBytes);
    this.postingOffsets = u32(S.postingOffsets);
    this.df = u32(S.df);
    this.postings = u8(S.postings);
    this.prefixOffsets = u32(S.prefixOffsets);
    this.prefixBytes = u8(S.prefixBytes);
    this.firstTerms = u32(S.firstTerms);
    this.listOffsets = u32(S.listOffsets);
    this.lists = u8(S.lists);
    this.overlayViews = [S.removedOffsets, S.removedBytes, S.overrideOffsets, S.overrideBytes, S.overrideFlags].map(u8);
    if (this.idOffsets.length !== this.docCount + 1 || this.termOffsets.length !== this.termCount + 1) {
      throw new SegmentFormatError('search index: inconsistent header');
    }
  }

  docId(doc: number): string {
    return decodeUtf8(this.idBytes, this.idOffsets[doc]!, this.idOffsets[doc + 1]!);
  }

  /** The doc with this id, or -1. */
  findDoc(id: string): number {
    const key = encodeUtf8(id);
    let lo = 0;
    let hi = this.docCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const doc = this.idOrder[mid]!;
      const cmp = compareBytes(this.idBytes, this.idOffsets[doc]!, this.idOffsets[doc + 1]!, key);
      if (cmp === 0) return doc;
      if (cmp < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  term(index: number): string {
    return decodeUtf8(this.termBytes, this.termOffsets[index]!, this.termOffsets[index + 1]!);
  }

  termLength(index: number): number {
    return this.termOffsets[index + 1]! - this.termOffsets[index]!;
  }

  termView(index: number): Uint8Array {
    return this.termBytes.subarray(this.termOffsets[index]!, this.termOffsets[index + 1]!);
  }

  /** The first term in [lo, hi) not sorting before `key`. */
  lowerBound(key: Uint8Array, lo = 0, hi = this.termCount): number {
    let low = lo;
    let high = hi;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareBytes(this.termBytes, this.termOffsets[mid]!, this.termOffsets[mid + 1]!, key) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The term equal to `key` (searched in [lo, hi)), or -1. */
  findTerm(key: Uint8Array, lo = 0, hi = this.termCount): number {
    const index = this.lowerBound(key, lo, hi);
    if (index >= hi) return -1;
    return compareBytes(this.termBytes, this.termOffsets[index]!, this.termOffsets[index + 1]!, key) === 0 ? index : -1;
  }

  /** The terms starting with `prefix` (searched in [lo, hi)), as [from, to). */
  prefixRange(prefix: Uint8Array, lo = 0, hi = this.termCount): [number, number] {
    const from = this.lowerBound(prefix, lo, hi);
    // Terms from `from` on start with the prefix, then stop doing so: binary search for the end.
    let low = from;
    let high = hi;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (startsWithBytes(this.termBytes, this.termOffsets[mid]!, this.termOffsets[mid + 1]!, prefix)) low = mid + 1;
      else high = mid;
    }
    return [from, low];
  }

  /**
   * The end of the run of terms from `from` (< hi) whose byte at `at` is `byte`, given that all terms in
   * [from, hi) share their first `at` bytes and are longer than `at`.
   */
  runEnd(from: number, hi: number, at: number, byte: number): number {
    let low = from;
    let high = hi;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.termBytes[this.termOffsets[mid]! + at] === byte) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The prefix list for exactly this prefix, or -1. */
  findPrefixList(prefix: Uint8Array): number {
    const count = this.firstTerms.length;
    for (let lo = 0, hi = count; lo < hi; ) {
      const mid = (lo + hi) >>> 1;
      const cmp = compareBytes(this.prefixBytes, this.prefixOffsets[mid]!, this.prefixOffsets[mid + 1]!, prefix);
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /** Tag number of a tag key, or -1. */
  findTag(key: string): number {
    const bytes = encodeUtf8(key);
    const count = this.tagOffsets.length - 1;
    for (let lo = 0, hi = count; lo < hi; ) {
      const mid = (lo + hi) >>> 1;
      const cmp = compareBytes(this.tagBytes, this.tagOffsets[mid]!, this.tagOffsets[mid + 1]!, bytes);
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  tagsOf(doc: number): string[] {
    const tags: string[] = [];
    for (let i = this.docTagOffsets[doc]!; i < this.docTagOffsets[doc + 1]!; i++) {
      const tag = this.docTags[i]!;
      tags.push(decodeUtf8(this.tagBytes, this.tagOffsets[tag]!, this.tagOffsets[tag + 1]!));
    }
    return tags;
  }

  hasTag(doc: number, tag: number): boolean {
    for (let i = this.docTagOffsets[doc]!; i < this.docTagOffsets[doc + 1]!; i++) {
      if (this.docTags[i] === tag) return true;
    }
    return false;
  }

  overlay(): Overlay {
    const [removedOffsets, removedBytes, overrideOffsets, overrideBytes, overrideFlags] = this.overlayViews;
    const removed = readStrings(removedOffsets!, removedBytes!);
    const overrideIds = readStrings(overrideOffsets!, overrideBytes!);
    return { removed, overrides: overrideIds.map((id, i) => [id, overrideFlags![i]!] as const) };
  }
}

function readStrings(offsetBytes: Uint8Array, bytes: Uint8Array): string[] {
  const offsets = new Uint32Array(offsetBytes.buffer, offsetBytes.byteOffset, offsetBytes.byteLength / 4);
  const strings: string[] = [];
  for (let i = 0; i + 1 < offsets.length; i++) strings.push(decodeUtf8(bytes, offsets[i]!, offsets[i + 1]!));
  return strings;
}
