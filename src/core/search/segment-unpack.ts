/** Turns a (small) segment back into prepared papers, so a loaded delta can take more changes. */
import { PostingCursor } from './postings.js';
import type { Segment } from './segment.js';
import type { PreparedDoc } from './segment-build.js';

export function unpackSegment(segment: Segment, flags: Uint8Array = segment.flags): PreparedDoc[] {
  const terms: string[][] = [];
  const impacts: number[][] = [];
  for (let doc = 0; doc < segment.docCount; doc++) {
    terms.push([]);
    impacts.push([]);
  }
  for (let term = 0; term < segment.termCount; term++) {
    const text = segment.term(term);
    const { postings, postingOffsets } = segment;
    const cursor = new PostingCursor(postings, postingOffsets[term]!, postingOffsets[term + 1]!);
    while (cursor.next()) {
      terms[cursor.doc]!.push(text);
      impacts[cursor.doc]!.push(cursor.impact);
    }
  }
  return terms.map((docTerms, doc) => ({
    attrs: {
      id: segment.docId(doc),
      year: segment.year[doc]!,
      flags: flags[doc]!,
      lastSeenAt: segment.lastSeen[doc]!,
      tags: segment.tagsOf(doc),
    },
    terms: docTerms,
    impacts: Uint8Array.from(impacts[doc]!),
  }));
}
