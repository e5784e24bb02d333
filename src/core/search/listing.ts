/** A search without words: every live paper that passes the filters, most recently seen first. */
import type { Corpus } from './corpus.js';
import type { Evaluation } from './evaluate.js';
import type { DocFilter } from './filter.js';
import { TopK } from './top-k.js';

export function listByRecency(corpus: Corpus, filter: DocFilter | null, limit: number): Evaluation {
  const top = new TopK(limit);
  let total = 0;
  for (const { segment, offset, dead } of corpus.views) {
    for (let local = 0; local < segment.docCount; local++) {
      if (dead[local] !== 0) continue;
      const doc = offset + local;
      if (filter !== null && !filter(doc)) continue;
      total++;
      top.offer(doc, 0, segment.lastSeen[local]!);
    }
  }
  return { hits: top.sorted().map(({ doc, score }) => ({ doc, score, terms: [] })), total };
}
