/**
 * Posting encoding: one varint per posting, `(doc gap << 5) | impact level`, docs ascending, the gap counted
 * from the previous doc + 1. Frequent terms (most postings) then take one byte a posting.
 * The hot loops in evaluate.ts decode inline; everything else reads through this cursor.
 */
import { IMPACT_BITS } from './scoring.js';

const IMPACT_MASK = (1 << IMPACT_BITS) - 1;

export function postingValue(gap: number, impact: number): number {
  return (gap << IMPACT_BITS) | impact;
}

export class PostingCursor {
  doc = -1;
  impact = 0;
  private at: number;

  constructor(
    private readonly bytes: Uint8Array,
    start: number,
    private readonly end: number,
  ) {
    this.at = start;
  }

  next(): boolean {
    if (this.at >= this.end) return false;
    const bytes = this.bytes;
    let byte = bytes[this.at++]!;
    let value = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[this.at++]!;
      value |= (byte & 0x7f) << shift;
    }
    this.doc += (value >>> IMPACT_BITS) + 1;
    this.impact = value & IMPACT_MASK;
    return true;
  }
}
