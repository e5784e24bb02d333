/**
 * Turns one query word into the indexed terms it matches, each with a weight: the term's idf times how well
 * it matches (exact 1, prefix less, typo least — see scoring.ts).
 */
import type { Corpus } from './corpus.js';
import { MAX_LIST_PREFIX } from './prefix-lists.js';
import type { QueryWord } from './query-types.js';
import { idf, prefixWeight, TYPO_MIN_LENGTH, TYPO_WEIGHT, typoPrefixWeight } from './scoring.js';
import { forEachTypo } from './typo.js';
import { encodeUtf8 } from './utf8.js';

export interface Expansion {
  view: number;
  /** A term of the view, or for a prefix list the list's number. */
  term: number;
  /** Multiplies the stored impact; 1 for a prefix list, whose scores are final. */
  weight: number;
  /** Whether `term` names a prefix list rather than a term. */
  list: boolean;
}

export function expandWord(corpus: Corpus, word: QueryWord): Expansion[] {
  const key = encodeUtf8(word.text);
  const found = new Map<number, number>();
  const views = corpus.views;
  // Keys pack (term, view): at most a few views, so 4 slots per term suffice.
  const consider = (view: number, term: number, weight: number): void => {
    const at = term * 4 + view;
    if (weight > (found.get(at) ?? 0)) found.set(at, weight);
  };
  const typos = !word.phrase && Array.from(word.text).length >= TYPO_MIN_LENGTH;
  const lists: Expansion[] = [];
  views.forEach(({ segment }, view) => {
    if (segment.termCount === 0) return;
    // One list per word at most: highlighting tells a list's terms apart by the word alone.
    const list = word.prefix && key.length <= MAX_LIST_PREFIX && lists.length === 0 ? segment.findPrefixList(key) : -1;
    if (list >= 0) lists.push({ view, term: list, weight: 1, list: true });
    else if (word.prefix) {
      const [from, to] = segment.prefixRange(key);
      for (let term = from; term < to; term++) {
        const length = segment.termLength(term);
        consider(view, term, length === key.length ? 1 : prefixWeight(key.length, length));
      }
    } else {
      const term = segment.findTerm(key);
      if (term >= 0) consider(view, term, 1);
    }
    if (!typos) return;
    forEachTypo(segment, key, word.prefix, (term, typed) => {
      const length = segment.termLength(term);
      consider(view, term, length === typed ? TYPO_WEIGHT : typoPrefixWeight(typed, length));
    });
  });
  // A variant never counts for more than the word itself: without this cap a rare neighbour (`modal` for
  // `model`) would outrank the word through its idf alone.
  const cap = exactIdf(corpus, key);
  const expansions: Expansion[] = lists;
  for (const [at, weight] of found) {
    const view = at % 4;
    const term = (at - view) / 4;
    const termIdf = idf(documentFrequency(corpus, view, term), corpus.liveCount);
    expansions.push({ view, term, weight: weight * (weight === 1 ? termIdf : Math.min(termIdf, cap)), list: false });
  }
  return expansions;
}

/** Postings bytes to read for these expansions: what a word costs to evaluate. */
export function costOf(corpus: Corpus, expansions: readonly Expansion[]): number {
  let cost = 0;
  for (const { view, term, list } of expansions) {
    const segment = corpus.views[view]!.segment;
    const offsets = list ? segment.listOffsets : segment.postingOffsets;
    cost += offsets[term + 1]! - offsets[term]!;
  }
  return cost;
}

/** The idf of the word as typed, when it is an indexed term; Infinity (no cap) when it is not. */
function exactIdf(corpus: Corpus, key: Uint8Array): number {
  let df = 0;
  for (const { segment } of corpus.views) {
    const term = segment.termCount > 0 ? segment.findTerm(key) : -1;
    if (term >= 0) df += segment.df[term]!;
  }
  return df > 0 ? idf(df, corpus.liveCount) : Infinity;
}

/** A term's document frequency over all segments (dead docs still count until compaction: a fair estimate). */
function documentFrequency(corpus: Corpus, view: number, term: number): number {
  const segment = corpus.views[view]!.segment;
  let df = segment.df[term]!;
  corpus.views.forEach((other, i) => {
    if (i === view || other.segment.termCount === 0) return;
    const match = other.segment.findTerm(segment.termView(term));
    if (match >= 0) df += other.segment.df[match]!;
  });
  return df;
}
