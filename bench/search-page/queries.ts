/**
 * Queries people type, drawn from the library itself: half-remembered title words, an author's surname with
 * a topic word, a typo, short acronyms, filters, and a pasted arXiv URL.
 */
import type { Paper } from '../../src/core/paper.js';

export interface BenchQuery {
  text: string;
  /** Pasted in one go rather than typed letter by letter. */
  paste?: boolean;
}

const COMMON = new Set(['with', 'from', 'that', 'this', 'their', 'these', 'into', 'using', 'towards', 'based', 'via']);
const SHORT = ['rl', 'llm', '3d gaussian', 'vit', 'gpt', 'icl', 'moe routing'];
const FILTERS = ['is:bookmarked', 'year:>2022', 'is:unread', 'site:hf'];

export function makeQueries(papers: readonly Paper[], count: number, seed: number): BenchQuery[] {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const titleWords = (paper: Paper): string[] =>
    (paper.title ?? '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 4 && !COMMON.has(word));
  const kinds: Array<() => BenchQuery> = [
    () => ({ text: pickWords(titleWords(pick(papers)), 2, random).join(' ') }),
    () => ({ text: pickWords(titleWords(pick(papers)), 2, random).join(' ') }),
    () => ({ text: pickWords(titleWords(pick(papers)), 1, random).join(' ') }),
    () => {
      const paper = pick(papers);
      const surname = fold(pick(paper.authors ?? ['smith']).split(' ').pop() ?? 'smith');
      return { text: [surname, ...pickWords(titleWords(paper), 1, random)].join(' ') };
    },
    () => ({ text: withTypo(pickWords(titleWords(pick(papers)), 2, random).join(' '), random) }),
    () => ({ text: pick(SHORT) }),
    () => ({ text: `${pick(FILTERS)} ${titleWords(pick(papers))[0] ?? 'model'}` }),
  ];
  const queries: BenchQuery[] = [];
  for (let i = 0; queries.length < count - 1; i++) {
    const query = kinds[i % kinds.length]!();
    if (query.text.trim().length >= 2) queries.push(query);
  }
  queries.push({ text: `https://arxiv.org/abs/${pick(papers).arxivId ?? '2311.12424'}v2`, paste: true });
  return queries;
}

function pickWords(words: readonly string[], count: number, random: () => number): string[] {
  const pool = [...new Set(words)];
  const chosen: string[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return chosen.length > 0 ? chosen : ['learning'];
}

/** One typo in the longest word: a dropped or swapped letter. */
function withTypo(text: string, random: () => number): string {
  const words = text.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 6) return text;
  const at = 1 + Math.floor(random() * (longest.length - 3));
  const typo =
    random() < 0.5
      ? longest.slice(0, at) + longest.slice(at + 1)
      : longest.slice(0, at) + longest[at + 1] + longest[at] + longest.slice(at + 2);
  return words.map((word) => (word === longest ? typo : word)).join(' ');
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
