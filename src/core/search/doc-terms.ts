/** Counts each distinct word of a paper per field: the raw material of its postings. */
import type { SearchDoc } from './doc.js';
import { FIELD_COUNT } from './scoring.js';
import { indexTokens } from './tokenize.js';

/** Term numbers shared across the papers of one build, with scratch space to count one paper at a time. */
export class TermTable {
  readonly numbers = new Map<string, number>();
  readonly terms: string[] = [];
  private lastDoc = new Int32Array(1024).fill(-1);
  private slot = new Int32Array(1024);

  number(term: string): number {
    let number = this.numbers.get(term);
    if (number === undefined) {
      number = this.terms.length;
      this.numbers.set(term, number);
      this.terms.push(term);
      if (number >= this.lastDoc.length) this.grow();
    }
    return number;
  }

  /**
   * Counts the words of `doc` (the `docNumber`-th of the build) into `out`: the distinct term numbers, their
   * counts per field (FIELD_COUNT per term), and the field lengths.
   */
  count(doc: SearchDoc, docNumber: number, out: CountedDoc): void {
    out.terms.length = 0;
    out.counts.length = 0;
    const fields = [doc.title, doc.authors.join(' ; '), doc.abstract, doc.tags.join(' ; '), doc.note];
    for (let field = 0; field < FIELD_COUNT; field++) {
      const tokens = indexTokens(fields[field] ?? '');
      out.lengths[field] = tokens.length;
      for (const token of tokens) {
        const term = this.number(token);
        let slot: number;
        if (this.lastDoc[term] === docNumber) slot = this.slot[term]!;
        else {
          slot = out.terms.length;
          this.lastDoc[term] = docNumber;
          this.slot[term] = slot;
          out.terms.push(term);
          for (let f = 0; f < FIELD_COUNT; f++) out.counts.push(0);
        }
        const at = slot * FIELD_COUNT + field;
        out.counts[at] = Math.min(255, out.counts[at]! + 1);
      }
    }
  }

  private grow(): void {
    const lastDoc = new Int32Array(this.lastDoc.length * 2).fill(-1);
    lastDoc.set(this.lastDoc);
    const slot = new Int32Array(this.slot.length * 2);
    slot.set(this.slot);
    this.lastDoc = lastDoc;
    this.slot = slot;
  }
}

export interface CountedDoc {
  terms: number[];
  counts: number[];
  lengths: number[];
}

export function emptyCounted(): CountedDoc {
  return { terms: [], counts: [], lengths: new Array<number>(FIELD_COUNT).fill(0) };
}
