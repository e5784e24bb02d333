/**
 * Scores a planned query over the corpus, term at a time: each word's postings are decoded once, keeping per
 * doc the best contribution of the word's expansions; a doc is a result when it matched every required word.
 * Words run rarest first, so later (larger) words only add to docs still in the running.
 */
import { viewIndexOf, type Corpus } from './corpus.js';
import type { Expansion } from './expand.js';
import type { DocFilter } from './filter.js';
import { collectTerms } from './match-terms.js';
import { decodeScore } from './prefix-lists.js';
import { IMPACT_LEVELS } from './scoring.js';
import type { Scratch } from './scratch.js';
import { TopK } from './top-k.js';

export interface PlannedWord {
  expansions: Expansion[];
  /** Postings bytes to decode. */
  cost: number;
  /** May still become a stop word (`th`): it ranks but does not exclude. */
  optional: boolean;
}

export interface ScoredDoc {
  doc: number;
  score: number;
  terms: string[];
}

export interface Evaluation {
  hits: ScoredDoc[];
  total: number;
}

export function evaluate(
  corpus: Corpus,
  scratch: Scratch,
  planned: readonly PlannedWord[],
  filter: DocFilter | null,
  limit: number,
): Evaluation {
  scratch.ensure(corpus.docCount);
  const required = planned.filter((word) => !word.optional).sort((a, b) => a.cost - b.cost);
  const words = [...required, ...planned.filter((word) => word.optional)];
  let touched = 0;
  let need = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const count = accumulate(corpus, scratch, word.expansions, scratch.bestTerm(i), need);
    touched = mergeWord(scratch, count, 1 << i, touched);
    if (!word.optional) {
      need |= 1 << i;
      if (count === 0) break; // every word must match: nothing can
    }
  }
  const top = new TopK(limit);
  const total = rank(corpus, scratch, touched, need, filter, top);
  const hits = top.sorted().map(({ doc, score }) => ({ doc, score, terms: [] as string[] }));
  collectTerms(corpus, scratch, words, hits);
  reset(scratch, touched);
  return { hits, total };
}

/** Adds the word's best contributions to the docs' scores and marks them with the word's bit. */
function mergeWord(scratch: Scratch, count: number, bit: number, touchedBefore: number): number {
  const { mask, score, best, touched, wordTouched } = scratch;
  let touchedCount = touchedBefore;
  for (let j = 0; j < count; j++) {
    const doc = wordTouched[j]!;
    if (mask[doc] === 0) touched[touchedCount++] = doc;
    mask[doc] = mask[doc]! | bit;
    score[doc] = score[doc]! + best[doc]!;
    best[doc] = 0;
  }
  return touchedCount;
}

/** Offers every doc that matched all required words and passes the filter; returns how many did. */
function rank(
  corpus: Corpus,
  scratch: Scratch,
  count: number,
  need: number,
  filter: DocFilter | null,
  top: TopK,
): number {
  const { mask, score, touched } = scratch;
  let total = 0;
  for (let j = 0; j < count; j++) {
    const doc = touched[j]!;
    const bits = mask[doc]!;
    const matched = need !== 0 ? (bits & need) === need : bits !== 0;
    if (!matched || (filter !== null && !filter(doc))) continue;
    total++;
    const value = score[doc]!;
    if (top.admits(value)) top.offer(doc, value, lastSeenOf(corpus, doc));
  }
  return total;
}

function reset(scratch: Scratch, count: number): void {
  const { mask, score, touched } = scratch;
  for (let j = 0; j < count; j++) {
    const doc = touched[j]!;
    mask[doc] = 0;
    score[doc] = 0;
  }
}

/**
 * Decodes the postings of one word's expansions; for each live doc that has matched the words so far
 * (`need`), keeps the best contribution in `scratch.best` and which expansion gave it in `bestTerm`
 * (for a prefix list, `-(term + 1)`). Returns how many docs it touched (listed in `wordTouched`).
 */
function accumulate(
  corpus: Corpus,
  scratch: Scratch,
  expansions: readonly Expansion[],
  bestTerm: Int32Array,
  need: number,
): number {
  let count = 0;
  for (let e = 0; e < expansions.length; e++) {
    const expansion = expansions[e]!;
    count = expansion.list
      ? accumulateList(corpus, scratch, expansion, bestTerm, need, count)
      : accumulateTerm(corpus, scratch, expansion, e, bestTerm, need, count);
  }
  return count;
}

function accumulateTerm(
  corpus: Corpus,
  scratch: Scratch,
  expansion: Expansion,
  e: number,
  bestTerm: Int32Array,
  need: number,
  touched: number,
): number {
  const { mask, best, wordTouched } = scratch;
  const view = corpus.views[expansion.view]!;
  const bytes = view.segment.postings;
  const dead = view.dead;
  const offset = view.offset;
  const weight = expansion.weight;
  let count = touched;
  let p = view.segment.postingOffsets[expansion.term]!;
  const end = view.segment.postingOffsets[expansion.term + 1]!;
  let local = -1;
  while (p < end) {
    let byte = bytes[p++]!;
    let value = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[p++]!;
      value |= (byte & 0x7f) << shift;
    }
    local += (value >>> 5) + 1; // see postings.ts: (gap << 5) | impact level
    if (dead[local] !== 0) continue;
    const doc = offset + local;
    if ((mask[doc]! & need) !== need) continue;
    const contribution = weight * IMPACT_LEVELS[value & 31]!;
    const held = best[doc]!;
    if (contribution > held) {
      if (held === 0) wordTouched[count++] = doc;
      best[doc] = contribution;
      bestTerm[doc] = e;
    }
  }
  return count;
}

function accumulateList(
  corpus: Corpus,
  scratch: Scratch,
  expansion: Expansion,
  bestTerm: Int32Array,
  need: number,
  touched: number,
): number {
  const { mask, best, wordTouched } = scratch;
  const view = corpus.views[expansion.view]!;
  const segment = view.segment;
  const bytes = segment.lists;
  const dead = view.dead;
  const offset = view.offset;
  const firstTerm = segment.firstTerms[expansion.term]!;
  let count = touched;
  let p = segment.listOffsets[expansion.term]!;
  const end = segment.listOffsets[expansion.term + 1]!;
  let local = -1;
  while (p < end) {
    let byte = bytes[p++]!;
    let value = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[p++]!;
      value |= (byte & 0x7f) << shift;
    }
    local += (value >>> 7) + 1; // see prefix-lists.ts: (gap << 7) | score, then the term
    const contribution = SCORES[value & 0x7f]!;
    byte = bytes[p++]!;
    let term = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[p++]!;
      term |= (byte & 0x7f) << shift;
    }
    if (dead[local] !== 0) continue;
    const doc = offset + local;
    if ((mask[doc]! & need) !== need) continue;
    const held = best[doc]!;
    if (contribution > held) {
      if (held === 0) wordTouched[count++] = doc;
      best[doc] = contribution;
      bestTerm[doc] = -(firstTerm + term) - 1;
    }
  }
  return count;
}

/** Stored list scores, decoded once. */
const SCORES = Float32Array.from({ length: 128 }, (_, code) => decodeScore(code));

function lastSeenOf(corpus: Corpus, doc: number): number {
  const view = corpus.views[viewIndexOf(corpus, doc)]!;
  return view.segment.lastSeen[doc - view.offset]!;
}
