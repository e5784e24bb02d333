/** Applies a query's filters to docs from the attributes the index keeps: no record is loaded. */
import { viewIndexOf, type Corpus } from './corpus.js';
import { FLAG_BOOKMARKED, FLAG_READ, FLAG_SITE_ARXIV, FLAG_SITE_HF } from './doc.js';
import { hasFilters, type QueryFilters } from './query-types.js';

export type DocFilter = (doc: number) => boolean;

/** A predicate over the shared doc space, or null when nothing is filtered. */
export function compileFilter(corpus: Corpus, filters: QueryFilters): DocFilter | null {
  if (!hasFilters(filters)) return null;
  let mask = 0;
  let want = 0;
  if (filters.bookmarked !== undefined) {
    mask |= FLAG_BOOKMARKED;
    if (filters.bookmarked) want |= FLAG_BOOKMARKED;
  }
  if (filters.read !== undefined) {
    mask |= FLAG_READ;
    if (filters.read) want |= FLAG_READ;
  }
  for (const site of filters.sites) {
    const bit = site === 'huggingface.co' ? FLAG_SITE_HF : FLAG_SITE_ARXIV;
    mask |= bit;
    want |= bit;
  }
  const min = filters.year?.min ?? 0;
  const max = filters.year?.max ?? Infinity;
  const checkYear = filters.year !== undefined;
  // Tag numbers differ per segment; -1 where a segment lacks the tag, so none of its docs can match.
  const tagNumbers = corpus.views.map(({ segment }) => filters.tags.map((tag) => segment.findTag(tag)));
  return (doc) => {
    const index = viewIndexOf(corpus, doc);
    const view = corpus.views[index]!;
    const local = doc - view.offset;
    if ((view.flags[local]! & mask) !== want) return false;
    if (checkYear) {
      const year = view.segment.year[local]!;
      if (year === 0 || year < min || year > max) return false;
    }
    if (filters.tags.length > 0) {
      const tags = tagNumbers[index]!;
      for (const tag of tags) if (tag < 0 || !view.segment.hasTag(local, tag)) return false;
    }
    return true;
  };
}
