/**
 * Writes a segment: documents first, then terms in byte order, each with its postings in doc order.
 * Every way of making a segment (a full build, the delta, a compaction merge) ends here.
 */
import { ByteWriter } from './byte-writer.js';
import { postingValue } from './postings.js';
import { buildPrefixLists, type PrefixLists } from './prefix-lists.js';
import { HEADER_BYTES, H, MAGIC, FORMAT_VERSION, S, SECTION_COUNT } from './segment-format.js';
import { encodeStrings } from './string-list.js';
import { compareCodePoints } from './utf8.js';

export interface DocAttrs {
  id: string;
  /** 0 when unknown. */
  year: number;
  flags: number;
  lastSeenAt: number;
  /** Tag keys. */
  tags: readonly string[];
}

/** What a delta says about the base under it. */
export interface Overlay {
  removed: readonly string[];
  /** Base docs whose flags changed, with their new flags. */
  overrides: ReadonlyArray<readonly [string, number]>;
}

export const NO_OVERLAY: Overlay = { removed: [], overrides: [] };

export interface WriterOptions {
  overlay?: Overlay;
  /** Build prefix lists (base segments); `minPostings` lowers the size at which a prefix gets one (tests). */
  prefixLists?: boolean | { minPostings: number };
  /** Expected postings bytes, to size the buffer once. */
  postingsCapacity?: number;
}

export class SegmentWriter {
  private readonly terms = new ByteWriter(1 << 16);
  private readonly termOffsets: number[] = [0];
  private readonly postingOffsets: number[] = [0];
  private readonly df: number[] = [];
  private readonly postings: ByteWriter;
  private lastDoc = -1;
  private count = 0;

  private readonly overlay: Overlay;

  constructor(
    private readonly docs: readonly DocAttrs[],
    private readonly averages: readonly number[],
    private readonly options: WriterOptions = {},
  ) {
    this.overlay = options.overlay ?? NO_OVERLAY;
    this.postings = new ByteWriter(options.postingsCapacity ?? 1 << 16);
  }

  /** Starts the next term; terms must come in byte order. */
  beginTerm(term: Uint8Array): void {
    this.terms.bytes(term);
    this.lastDoc = -1;
    this.count = 0;
  }

  /** Adds a posting to the current term; docs must ascend. */
  posting(doc: number, impact: number): void {
    this.postings.varint(postingValue(doc - this.lastDoc - 1, impact));
    this.lastDoc = doc;
    this.count++;
  }

  endTerm(): void {
    this.termOffsets.push(this.terms.length);
    this.postingOffsets.push(this.postings.length);
    this.df.push(this.count);
  }

  finish(): Uint8Array<ArrayBuffer> {
    const docs = this.docs;
    const n = docs.length;
    const lastSeen = new Float64Array(n);
    const years = new Uint16Array(n);
    const flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const doc = docs[i]!;
      lastSeen[i] = doc.lastSeenAt;
      years[i] = doc.year;
      flags[i] = doc.flags;
    }
    const ids = encodeStrings(docs.map((doc) => doc.id));
    const idOrder = Uint32Array.from(docs.keys()).sort((a, b) => compareCodePoints(docs[a]!.id, docs[b]!.id));
    const tagNames = [...new Set(docs.flatMap((doc) => doc.tags))].sort(compareCodePoints);
    const tagNumbers = new Map(tagNames.map((tag, i) => [tag, i]));
    const tags = encodeStrings(tagNames);
    const docTagOffsets = new Uint32Array(n + 1);
    const docTags: number[] = [];
    for (let i = 0; i < n; i++) {
      for (const tag of new Set(docs[i]!.tags)) docTags.push(tagNumbers.get(tag)!);
      docTagOffsets[i + 1] = docTags.length;
    }
    const removed = encodeStrings(this.overlay.removed);
    const overrides = encodeStrings(this.overlay.overrides.map(([id]) => id));
    const sections: ArrayBufferView[] = [];
    sections[S.lastSeen] = lastSeen;
    sections[S.year] = years;
    sections[S.flags] = flags;
    sections[S.idOffsets] = ids.offsets;
    sections[S.idBytes] = ids.bytes;
    sections[S.idOrder] = idOrder;
    sections[S.tagOffsets] = tags.offsets;
    sections[S.tagBytes] = tags.bytes;
    sections[S.docTagOffsets] = docTagOffsets;
    sections[S.docTags] = Uint32Array.from(docTags);
    sections[S.termOffsets] = Uint32Array.from(this.termOffsets);
    sections[S.termBytes] = this.terms.view();
    sections[S.postingOffsets] = Uint32Array.from(this.postingOffsets);
    sections[S.df] = Uint32Array.from(this.df);
    sections[S.postings] = this.postings.view();
    sections[S.removedOffsets] = removed.offsets;
    sections[S.removedBytes] = removed.bytes;
    sections[S.overrideOffsets] = overrides.offsets;
    sections[S.overrideBytes] = overrides.bytes;
    sections[S.overrideFlags] = Uint8Array.from(this.overlay.overrides.map(([, value]) => value));
    const lists = this.prefixLists(sections);
    sections[S.prefixOffsets] = lists.prefixOffsets;
    sections[S.prefixBytes] = lists.prefixBytes;
    sections[S.firstTerms] = lists.firstTerms;
    sections[S.listOffsets] = lists.listOffsets;
    sections[S.lists] = lists.lists;
    return assemble(sections, {
      docCount: n,
      termCount: this.df.length,
      tagCount: tagNames.length,
      averages: this.averages,
    });
  }

  private prefixLists(sections: ArrayBufferView[]): PrefixLists {
    const option = this.options.prefixLists;
    if (!option || this.docs.length === 0) return NO_PREFIX_LISTS;
    const dictionary = {
      termBytes: sections[S.termBytes] as Uint8Array,
      termOffsets: sections[S.termOffsets] as Uint32Array,
      postingOffsets: sections[S.postingOffsets] as Uint32Array,
      df: sections[S.df] as Uint32Array,
      postings: sections[S.postings] as Uint8Array,
      docCount: this.docs.length,
    };
    return buildPrefixLists(dictionary, option === true ? undefined : option.minPostings);
  }
}

const NO_PREFIX_LISTS: PrefixLists = {
  prefixOffsets: new Uint32Array(1),
  prefixBytes: new Uint8Array(0),
  firstTerms: new Uint32Array(0),
  listOffsets: new Uint32Array(1),
  lists: new Uint8Array(0),
};

interface HeaderCounts {
  docCount: number;
  termCount: number;
  tagCount: number;
  averages: readonly number[];
}

function assemble(sections: readonly ArrayBufferView[], counts: HeaderCounts): Uint8Array<ArrayBuffer> {
  let size = HEADER_BYTES;
  const offsets: number[] = [];
  for (let i = 0; i < SECTION_COUNT; i++) {
    size = align8(size);
    offsets.push(size);
    size += sections[i]!.byteLength;
  }
  const out = new Uint8Array(align8(size));
  const header = new DataView(out.buffer);
  const word = (slot: number, value: number): void => header.setUint32(slot * 4, value, true);
  word(H.magic, MAGIC);
  word(H.version, FORMAT_VERSION);
  word(H.docCount, counts.docCount);
  word(H.termCount, counts.termCount);
  word(H.tagCount, counts.tagCount);
  counts.averages.forEach((value, i) => header.setFloat32((H.averages + i) * 4, value, true));
  for (let i = 0; i < SECTION_COUNT; i++) {
    const section = sections[i]!;
    word(H.sections + 2 * i, offsets[i]!);
    word(H.sections + 2 * i + 1, section.byteLength);
    out.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), offsets[i]!);
  }
  return out;
}

function align8(value: number): number {
  return (value + 7) & ~7;
}
