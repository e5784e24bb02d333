/**
 * Compaction: merges the base and the delta into a new base without the papers' text — postings are
 * copied term by term (dead docs dropped, docs renumbered), so no paper is tokenised again.
 */
import type { SegmentView } from './corpus.js';
import { PostingCursor } from './postings.js';
import type { Segment } from './segment.js';
import { SegmentWriter, type DocAttrs } from './segment-writer.js';
import { compareBytes } from './utf8.js';

/** Merges the views, in order, into one segment; docs keep their relative order. */
export function mergeSegments(views: readonly SegmentView[]): Uint8Array<ArrayBuffer> {
  const attrs: DocAttrs[] = [];
  const renumber = views.map(({ segment, dead, flags }) => {
    const numbers = new Int32Array(segment.docCount).fill(-1);
    for (let doc = 0; doc < segment.docCount; doc++) {
      if (dead[doc]) continue;
      numbers[doc] = attrs.length;
      attrs.push({
        id: segment.docId(doc),
        year: segment.year[doc]!,
        flags: flags[doc]!,
        lastSeenAt: segment.lastSeen[doc]!,
        tags: segment.tagsOf(doc),
      });
    }
    return numbers;
  });
  const averages = (views.find((view) => view.segment.docCount > 0) ?? views[0]!).segment.averages;
  const size = views.reduce((sum, view) => sum + view.segment.postings.length, 0);
  const writer = new SegmentWriter(attrs, averages, { prefixLists: true, postingsCapacity: size });
  const cursors = views.map(() => 0);
  const docs: number[] = [];
  const impacts: number[] = [];
  for (;;) {
    const smallest = smallestTerm(views, cursors);
    if (smallest < 0) break;
    const key = views[smallest]!.segment.termView(cursors[smallest]!);
    docs.length = 0;
    impacts.length = 0;
    views.forEach((view, v) => {
      const term = cursors[v]!;
      const { termBytes, termOffsets, termCount } = view.segment;
      if (term >= termCount || compareBytes(termBytes, termOffsets[term]!, termOffsets[term + 1]!, key) !== 0) return;
      readPostings(view.segment, term, renumber[v]!, docs, impacts);
      cursors[v] = term + 1;
    });
    if (docs.length === 0) continue; // every paper with this term is gone
    writer.beginTerm(key);
    for (let i = 0; i < docs.length; i++) writer.posting(docs[i]!, impacts[i]!);
    writer.endTerm();
  }
  return writer.finish();
}

function smallestTerm(views: readonly SegmentView[], cursors: readonly number[]): number {
  let smallest = -1;
  views.forEach((view, v) => {
    const term = cursors[v]!;
    if (term >= view.segment.termCount) return;
    if (smallest < 0) {
      smallest = v;
      return;
    }
    const other = views[smallest]!.segment;
    const key = other.termView(cursors[smallest]!);
    const { termBytes, termOffsets } = view.segment;
    if (compareBytes(termBytes, termOffsets[term]!, termOffsets[term + 1]!, key) < 0) smallest = v;
  });
  return smallest;
}

/** Appends a term's live postings, renumbered. Later views number their docs after earlier ones: order holds. */
function readPostings(segment: Segment, term: number, numbers: Int32Array, docs: number[], impacts: number[]): void {
  const cursor = new PostingCursor(segment.postings, segment.postingOffsets[term]!, segment.postingOffsets[term + 1]!);
  while (cursor.next()) {
    const number = numbers[cursor.doc]!;
    if (number >= 0) {
      docs.push(number);
      impacts.push(cursor.impact);
    }
  }
}
