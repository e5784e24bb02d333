/** The words each hit matched, for highlighting: read back from what the search recorded per doc. */
import type { Corpus } from './corpus.js';
import type { PlannedWord, ScoredDoc } from './evaluate.js';
import { PostingCursor } from './postings.js';
import type { Scratch } from './scratch.js';

/** Listing every matched term (not just the best per word) rereads postings; beyond this many bytes it is skipped. */
const HIGHLIGHT_REREAD_BYTES = 1 << 16;

/**
 * The indexed words each hit matched: the best expansion of every word it matched, and, where rereading
 * the word's postings is cheap, every other expansion it contains too.
 */
export function collectTerms(
  corpus: Corpus,
  scratch: Scratch,
  words: readonly PlannedWord[],
  hits: ScoredDoc[],
): void {
  if (hits.length === 0) return;
  const sets = hits.map(() => new Set<string>());
  words.forEach((word, i) => {
    const bestTerm = scratch.bestTerm(i);
    const list = word.expansions.find((expansion) => expansion.list);
    hits.forEach((hit, h) => {
      if ((scratch.mask[hit.doc]! & (1 << i)) === 0) return;
      const best = bestTerm[hit.doc]!;
      const expansion = best >= 0 ? word.expansions[best]! : list!;
      sets[h]!.add(corpus.views[expansion.view]!.segment.term(best >= 0 ? expansion.term : -best - 1));
    });
    if (!list && word.expansions.length > 1 && word.cost <= HIGHLIGHT_REREAD_BYTES) {
      addAllMatches(corpus, scratch, word, hits, sets);
    }
  });
  hits.forEach((hit, h) => (hit.terms = [...sets[h]!]));
}

function addAllMatches(
  corpus: Corpus,
  scratch: Scratch,
  word: PlannedWord,
  hits: ScoredDoc[],
  sets: Set<string>[],
): void {
  // `best` is all zeros between words: borrow it to mark the hits (slot + 1).
  const marks = scratch.best;
  hits.forEach((hit, h) => (marks[hit.doc] = h + 1));
  for (const expansion of word.expansions) {
    const view = corpus.views[expansion.view]!;
    const { segment } = view;
    const { postings, postingOffsets } = segment;
    const cursor = new PostingCursor(postings, postingOffsets[expansion.term]!, postingOffsets[expansion.term + 1]!);
    let text: string | undefined;
    while (cursor.next()) {
      const slot = marks[view.offset + cursor.doc]!;
      if (slot !== 0) {
        text ??= segment.term(expansion.term);
        sets[slot - 1]!.add(text);
      }
    }
  }
  hits.forEach((hit) => (marks[hit.doc] = 0));
}
