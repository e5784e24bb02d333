/**
 * How a match is scored: BM25 per field, summed with field weights (BM25F-like), computed when a paper is
 * indexed and stored as a 5-bit code per posting (its impact). A query then only multiplies impacts by the
 * term's idf and the kind of match — no per-field arithmetic while typing.
 */

export const FIELDS = ['title', 'authors', 'abstract', 'tags', 'note'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;

/** Title and authors are what people remember; tags and notes are their own words; the abstract is long. */
export const FIELD_WEIGHTS: Readonly<Record<Field, number>> = {
  title: 3,
  authors: 2.5,
  abstract: 1,
  tags: 2,
  note: 1.5,
};

const K1 = 1.2;
const B = 0.75;

/** Average field lengths (in words, over papers that have the field) before any paper is indexed. */
export const DEFAULT_AVERAGE_LENGTHS: readonly number[] = [9, 12, 110, 2, 8];

/**
 * The 32 impact levels: geometric, 15% apart, from 0.25 to 19 (the largest sum, Σ weights × (k1 + 1), is 22).
 * Half of all postings are a single mention in an abstract (impact ≈ 1); 15% steps rank them as well as
 * exact values would, and 5 bits pack with the doc gap into one varint.
 */
const LEVEL_BASE = 0.25;
const LEVEL_RATIO = 1.15;
export const IMPACT_BITS = 5;
export const IMPACT_LEVELS = Float32Array.from({ length: 1 << IMPACT_BITS }, (_, i) => LEVEL_BASE * LEVEL_RATIO ** i);

/**
 * The stored impact level of a term in a paper, from its count in each field (`counts[at + field]`) and the
 * paper's field lengths.
 */
export function impactOf(
  counts: ArrayLike<number>,
  at: number,
  lengths: ArrayLike<number>,
  averages: ArrayLike<number>,
): number {
  let sum = 0;
  for (let field = 0; field < FIELD_COUNT; field++) {
    const count = counts[at + field] ?? 0;
    if (count === 0) continue;
    const norm = 1 - B + (B * (lengths[field] ?? 0)) / Math.max(averages[field] ?? 1, 1);
    sum += (FIELD_WEIGHTS[FIELDS[field]!] * count * (K1 + 1)) / (count + K1 * norm);
  }
  const level = Math.round(Math.log(sum / LEVEL_BASE) / Math.log(LEVEL_RATIO));
  return Math.min(IMPACT_LEVELS.length - 1, Math.max(0, level));
}

export function idf(documentFrequency: number, documentCount: number): number {
  const df = Math.min(documentFrequency, documentCount);
  return Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
}

/**
 * How much a match counts against an exact one. A prefix match counts more the more of the word is typed;
 * a typo counts less than any prefix, so exact > prefix > typo for the same field.
 */
export function prefixWeight(typed: number, termLength: number): number {
  return 0.4 + (0.3 * typed) / termLength;
}

export const TYPO_WEIGHT = 0.35;

export function typoPrefixWeight(typed: number, termLength: number): number {
  return 0.2 + (0.1 * typed) / termLength;
}

/** Words shorter than this get no typo tolerance: one edit turns a short word into too many others. */
export const TYPO_MIN_LENGTH = 5;
