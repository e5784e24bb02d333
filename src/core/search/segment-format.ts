/**
 * The binary layout of a segment (see docs/search.md). Little-endian; a 256-byte header, then sections,
 * each starting on an 8-byte boundary so a typed array can view it in place, with no parsing at load.
 */

export const MAGIC = 0x31584450; // "PDX1"
export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 512;

/** Header slots, in 32-bit words. */
export const H = {
  magic: 0,
  version: 1,
  docCount: 2,
  termCount: 3,
  tagCount: 4,
  /** Float32 average field lengths, one per field, from slot 6. */
  averages: 6,
  /** (offset, byteLength) pairs, one per section, from slot 16. */
  sections: 16,
} as const;

/** Sections, in file order. */
export const S = {
  /** Float64 per doc: last seen, epoch ms. */
  lastSeen: 0,
  /** Uint16 per doc: year, 0 when unknown. */
  year: 1,
  /** Uint8 per doc: FLAG_* bits. */
  flags: 2,
  /** Doc ids: Uint32 offsets (docs + 1) into UTF-8 bytes. */
  idOffsets: 3,
  idBytes: 4,
  /** Uint32 doc numbers in id order, for binary search by id. */
  idOrder: 5,
  /** Tag keys, sorted: Uint32 offsets into UTF-8 bytes. */
  tagOffsets: 6,
  tagBytes: 7,
  /** Each doc's tag numbers: Uint32 offsets (docs + 1) into Uint32 tag numbers. */
  docTagOffsets: 8,
  docTags: 9,
  /** Terms, sorted by bytes: Uint32 offsets (terms + 1) into UTF-8 bytes. */
  termOffsets: 10,
  termBytes: 11,
  /** Uint32 offsets (terms + 1) into the postings bytes; Uint32 document frequency per term. */
  postingOffsets: 12,
  df: 13,
  /** Per term: (varint doc gap, impact byte) per posting, docs ascending. */
  postings: 14,
  /** Delta segments only: ids removed from the base, and base ids whose flags changed (with the flags). */
  removedOffsets: 15,
  removedBytes: 16,
  overrideOffsets: 17,
  overrideBytes: 18,
  overrideFlags: 19,
  /** Base segments only: prefix lists (see prefix-lists.ts) — the prefixes, sorted, as offsets into bytes… */
  prefixOffsets: 20,
  prefixBytes: 21,
  /** …the first term of each prefix's range (Uint32), and the lists (Uint32 offsets into bytes). */
  firstTerms: 22,
  listOffsets: 23,
  lists: 24,
} as const;

export const SECTION_COUNT = 25;
