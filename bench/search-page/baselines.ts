/**
 * The two baselines: a linear scan over all records (substring match over title + authors + abstract, as
 * PaperMemory does) and MiniSearch built from all records at open. Both read the same query language, so
 * filters and id lookups cost them what they would cost an app built that way.
 */
import MiniSearch from 'minisearch';
import type { Paper } from '../../src/core/paper.js';
import { parseQuery, tagKey, type ParsedQuery } from '../../src/core/search/index.js';

export interface Engine {
  /** Runs a query; returns how many papers matched and the first ids shown. */
  search(text: string, limit: number): { total: number; ids: string[] };
}

export function scanEngine(papers: readonly Paper[]): Engine {
  const haystacks = papers.map((paper) =>
    `${paper.title ?? ''} ${(paper.authors ?? []).join(' ')} ${paper.abstract ?? ''}`.toLowerCase(),
  );
  return {
    search(text, limit) {
      const query = parseQuery(text);
      const words = query.words.map((word) => word.text);
      const keep = recordFilter(query);
      const ids: string[] = [];
      let total = 0;
      for (let i = 0; i < papers.length; i++) {
        const haystack = haystacks[i]!;
        if (!words.every((word) => haystack.includes(word)) || !keep(papers[i]!)) continue;
        total++;
        if (ids.length < limit) ids.push(papers[i]!.id);
      }
      return { total, ids };
    },
  };
}

export function miniSearchEngine(papers: readonly Paper[]): Engine {
  const index = new MiniSearch<Paper>({
    fields: ['title', 'authors', 'abstract'],
    extractField: (paper, field) => {
      const value = paper[field as keyof Paper];
      return Array.isArray(value) ? value.join(' ') : String(value ?? '');
    },
  });
  index.addAll(papers);
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  return {
    search(text, limit) {
      const query = parseQuery(text);
      const keep = recordFilter(query);
      if (query.words.length === 0) {
        const ids = papers.filter(keep).map((paper) => paper.id);
        return { total: ids.length, ids: ids.slice(0, limit) };
      }
      const lastIsPrefix = query.words[query.words.length - 1]!.prefix;
      const results = index.search(query.words.map((word) => word.text).join(' '), {
        combineWith: 'AND',
        prefix: (_term, i, terms) => lastIsPrefix && i === terms.length - 1,
        fuzzy: (term) => (term.length >= 5 ? 1 : false),
        boost: { title: 3, authors: 2.5 },
        filter: (result) => keep(byId.get(String(result.id))!),
      });
      return { total: results.length, ids: results.slice(0, limit).map((result) => String(result.id)) };
    },
  };
}

function recordFilter(query: ParsedQuery): (paper: Paper) => boolean {
  const { filters } = query;
  const tags = filters.tags;
  return (paper) => {
    if (query.arxivId !== undefined && paper.arxivId !== query.arxivId) return false;
    if (filters.bookmarked !== undefined && (paper.bookmarkedAt !== undefined) !== filters.bookmarked) return false;
    if (filters.read !== undefined && (paper.readAt !== undefined) !== filters.read) return false;
    if (tags.length > 0 && !tags.every((tag) => paper.tags.some((own) => tagKey(own) === tag))) return false;
    if (filters.sites.some((site) => !paper.sites.includes(site))) return false;
    if (filters.year) {
      const year = Number(paper.publishedAt?.slice(0, 4));
      if (!year || year < (filters.year.min ?? 0) || year > (filters.year.max ?? Infinity)) return false;
    }
    return true;
  };
}
