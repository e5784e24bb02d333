/** Builds segments from papers: the base from a whole library, the delta from the papers changed since. */
import { emptyCounted, TermTable } from './doc-terms.js';
import { flagsOf, type SearchDoc } from './doc.js';
import { DEFAULT_AVERAGE_LENGTHS, FIELD_COUNT, impactOf } from './scoring.js';
import { SegmentWriter, type DocAttrs, type Overlay, type WriterOptions } from './segment-writer.js';
import { encodeStrings } from './string-list.js';
import { tagKey } from './tag-key.js';
import { indexTokens } from './tokenize.js';
import { compareCodePoints } from './utf8.js';

/** A paper tokenised and scored, kept by the delta so it can be rewritten without the paper's text. */
export interface PreparedDoc {
  attrs: DocAttrs;
  terms: string[];
  impacts: Uint8Array;
}

/** Field-length averages come from a sample: a few thousand papers pin them down as well as all of them. */
const AVERAGE_SAMPLE = 2000;

export function attrsOf(doc: SearchDoc): DocAttrs {
  const year = doc.year !== undefined && Number.isInteger(doc.year) && doc.year > 0 && doc.year < 65536 ? doc.year : 0;
  const tags = [...new Set(doc.tags.map(tagKey).filter((tag) => tag !== ''))];
  return { id: doc.id, year, flags: flagsOf(doc), lastSeenAt: doc.lastSeenAt, tags };
}

/** Average length of each field over the papers that have it: a field most papers leave empty (notes, tags)
 * must not make every filled one look long. */
export function averageLengths(docs: readonly SearchDoc[]): number[] {
  const step = Math.max(1, Math.floor(docs.length / AVERAGE_SAMPLE));
  const sums = new Array<number>(FIELD_COUNT).fill(0);
  const counts = new Array<number>(FIELD_COUNT).fill(0);
  for (let i = 0; i < docs.length; i += step) {
    const doc = docs[i]!;
    const fields = [doc.title, doc.authors.join(' ; '), doc.abstract, doc.tags.join(' ; '), doc.note];
    fields.forEach((text, field) => {
      const length = indexTokens(text).length;
      if (length === 0) return;
      sums[field]! += length;
      counts[field]!++;
    });
  }
  return sums.map((sum, field) => {
    const count = counts[field]!;
    return count > 0 ? Math.max(sum / count, 1) : DEFAULT_AVERAGE_LENGTHS[field]!;
  });
}

/** The base segment of a library: every paper, numbered in the given order. */
export function buildSegment(
  docs: readonly SearchDoc[],
  averages = averageLengths(docs),
  prefixLists: WriterOptions['prefixLists'] = true,
): Uint8Array<ArrayBuffer> {
  const table = new TermTable();
  const counted = emptyCounted();
  const docStart = new Uint32Array(docs.length + 1);
  const postTerm: number[] = [];
  const postImpact: number[] = [];
  const attrs: DocAttrs[] = [];
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    attrs.push(attrsOf(doc));
    table.count(doc, d, counted);
    for (let i = 0; i < counted.terms.length; i++) {
      postTerm.push(counted.terms[i]!);
      postImpact.push(impactOf(counted.counts, i * FIELD_COUNT, counted.lengths, averages));
    }
    docStart[d + 1] = postTerm.length;
  }
  return writePostings({ attrs, terms: table.terms, docStart, postTerm, postImpact, averages }, { prefixLists });
}

/** One paper, tokenised and scored against the given field averages. */
export function prepareDoc(doc: SearchDoc, averages: readonly number[]): PreparedDoc {
  const table = new TermTable();
  const counted = emptyCounted();
  table.count(doc, 0, counted);
  const terms = counted.terms.map((number) => table.terms[number]!);
  const impacts = Uint8Array.from(counted.terms, (_, i) =>
    impactOf(counted.counts, i * FIELD_COUNT, counted.lengths, averages),
  );
  return { attrs: attrsOf(doc), terms, impacts };
}

/** A segment from prepared papers (the delta), with what it says about the base under it. */
export function buildPreparedSegment(
  docs: readonly PreparedDoc[],
  averages: readonly number[],
  overlay: Overlay,
): Uint8Array<ArrayBuffer> {
  const table = new TermTable();
  const docStart = new Uint32Array(docs.length + 1);
  const postTerm: number[] = [];
  const postImpact: number[] = [];
  docs.forEach((doc, d) => {
    doc.terms.forEach((term, i) => {
      postTerm.push(table.number(term));
      postImpact.push(doc.impacts[i]!);
    });
    docStart[d + 1] = postTerm.length;
  });
  const attrs = docs.map((doc) => doc.attrs);
  return writePostings({ attrs, terms: table.terms, docStart, postTerm, postImpact, averages }, { overlay });
}

interface PostingsInput {
  attrs: readonly DocAttrs[];
  terms: readonly string[];
  /** Per doc, where its postings start in postTerm / postImpact. */
  docStart: Uint32Array;
  postTerm: readonly number[];
  postImpact: readonly number[];
  averages: readonly number[];
}

/** Turns per-doc postings into per-term postings, terms in byte order, and writes the segment. */
function writePostings(input: PostingsInput, options: WriterOptions): Uint8Array<ArrayBuffer> {
  const { terms, docStart, postTerm, postImpact } = input;
  const sorted = sortTerms(terms);
  const rank = new Uint32Array(terms.length);
  sorted.forEach((term, r) => (rank[term] = r));
  const start = new Uint32Array(terms.length + 1);
  for (const term of postTerm) start[rank[term]! + 1]!++;
  for (let r = 0; r < terms.length; r++) start[r + 1]! += start[r]!;
  const cursor = start.slice(0, terms.length);
  const bucketDoc = new Uint32Array(postTerm.length);
  const bucketImpact = new Uint8Array(postTerm.length);
  for (let d = 0; d + 1 < docStart.length; d++) {
    for (let p = docStart[d]!; p < docStart[d + 1]!; p++) {
      const at = cursor[rank[postTerm[p]!]!]!++;
      bucketDoc[at] = d;
      bucketImpact[at] = postImpact[p]!;
    }
  }
  const encoded = encodeStrings(sorted.map((term) => terms[term]!));
  // About 1.7 bytes a posting (postings.ts), so this rarely grows.
  const writer = new SegmentWriter(input.attrs, input.averages, { ...options, postingsCapacity: postTerm.length * 2 });
  for (let r = 0; r < sorted.length; r++) {
    writer.beginTerm(encoded.bytes.subarray(encoded.offsets[r]!, encoded.offsets[r + 1]!));
    for (let p = start[r]!; p < start[r + 1]!; p++) writer.posting(bucketDoc[p]!, bucketImpact[p]!);
    writer.endTerm();
  }
  return writer.finish();
}

/** Term numbers in byte order of their terms. The native sort is right unless a term holds U+D800 or above. */
function sortTerms(terms: readonly string[]): number[] {
  const numbers = Array.from(terms.keys());
  if (terms.some((term) => /[\ud800-\uffff]/.test(term))) {
    return numbers.sort((a, b) => compareCodePoints(terms[a]!, terms[b]!));
  }
  return numbers.sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
}
