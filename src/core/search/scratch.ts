/** Per-doc arrays a search accumulates into, kept between searches so typing allocates nothing large. */

/** At most this many words take part in a search; a bit each in a 32-bit mask, the sign bit unused. */
export const MAX_WORDS = 31;

export class Scratch {
  size = 0;
  score = new Float32Array(0);
  /** Bit i: the doc matched word i. */
  mask = new Uint32Array(0);
  /** The current word's best contribution per doc. */
  best = new Float32Array(0);
  /** Docs touched by any word (to reset and to rank), and by the current word. */
  touched = new Int32Array(0);
  wordTouched = new Int32Array(0);
  /** Per word: the expansion that gave each doc its best contribution, for highlighting. */
  private readonly bestTerms: Int32Array[] = [];

  ensure(size: number): void {
    if (size <= this.size) return;
    const capacity = Math.max(size, Math.ceil(this.size * 1.25));
    this.size = capacity;
    this.score = new Float32Array(capacity);
    this.mask = new Uint32Array(capacity);
    this.best = new Float32Array(capacity);
    this.touched = new Int32Array(capacity);
    this.wordTouched = new Int32Array(capacity);
    this.bestTerms.length = 0;
  }

  bestTerm(word: number): Int32Array {
    let array = this.bestTerms[word];
    if (!array) {
      array = new Int32Array(this.size);
      this.bestTerms[word] = array;
    }
    return array;
  }
}
