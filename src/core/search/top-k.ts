/** Keeps the best k docs seen: a min-heap on (score, recency), so a search sorts only what it returns. */

export class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];
  private readonly times: number[] = [];

  constructor(private readonly k: number) {}

  /** Whether a doc with this score could be kept: lets callers skip looking up its time. */
  admits(score: number): boolean {
    return this.docs.length < this.k ? this.k > 0 : score >= this.scores[0]!;
  }

  offer(doc: number, score: number, time: number): void {
    if (this.k <= 0) return;
    if (this.docs.length < this.k) {
      this.docs.push(doc);
      this.scores.push(score);
      this.times.push(time);
      this.up(this.docs.length - 1);
    } else if (this.better(score, time, doc, 0)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.times[0] = time;
      this.down(0);
    }
  }

  /** The kept docs, best first. */
  sorted(): Array<{ doc: number; score: number }> {
    return this.docs
      .map((doc, i) => ({ doc, score: this.scores[i]!, time: this.times[i]! }))
      .sort((a, b) => b.score - a.score || b.time - a.time || a.doc - b.doc)
      .map(({ doc, score }) => ({ doc, score }));
  }

  /** Whether (score, time, doc) ranks above the entry at `i`. */
  private better(score: number, time: number, doc: number, i: number): boolean {
    const s = this.scores[i]!;
    if (score !== s) return score > s;
    const t = this.times[i]!;
    if (time !== t) return time > t;
    return doc < this.docs[i]!;
  }

  private up(i: number): void {
    let at = i;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.better(this.scores[parent]!, this.times[parent]!, this.docs[parent]!, at)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  private down(i: number): void {
    let at = i;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < this.docs.length && this.worse(left, worst)) worst = left;
      if (right < this.docs.length && this.worse(right, worst)) worst = right;
      if (worst === at) return;
      this.swap(at, worst);
      at = worst;
    }
  }

  private worse(i: number, j: number): boolean {
    return this.better(this.scores[j]!, this.times[j]!, this.docs[j]!, i);
  }

  private swap(i: number, j: number): void {
    for (const list of [this.docs, this.scores, this.times]) {
      const held = list[i]!;
      list[i] = list[j]!;
      list[j] = held;
    }
  }
}
