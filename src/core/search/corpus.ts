/** The segments a search runs over, numbered into one doc space: base docs first, then the delta's. */
import type { Segment } from './segment.js';

export interface SegmentView {
  segment: Segment;
  /** Number of the segment's first doc in the shared doc space. */
  offset: number;
  /** 1 for docs hidden by a later segment or removed; indexed by the segment's own doc numbers. */
  dead: Uint8Array;
  /** Current flags, indexed by the segment's own doc numbers (a base's flags change without a rewrite). */
  flags: Uint8Array;
}

export interface Corpus {
  views: readonly SegmentView[];
  /** All docs, dead included: the size of the doc space. */
  docCount: number;
  /** Docs a search can return: the N of idf. */
  liveCount: number;
}

/** The number of the view holding a doc of the shared space. */
export function viewIndexOf(corpus: Corpus, doc: number): number {
  const views = corpus.views;
  for (let i = views.length - 1; i > 0; i--) if (doc >= views[i]!.offset) return i;
  return 0;
}
