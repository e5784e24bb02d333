import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../src/core/search/doc.js';
import { SearchIndex } from '../../src/core/search/search-index.js';
import { buildSegment } from '../../src/core/search/segment-build.js';
import { SegmentFormatError } from '../../src/core/search/segment.js';
import { mayBecomeStopWord } from '../../src/core/search/stop-words.js';
import { indexTokens } from '../../src/core/search/tokenize.js';

/** A small deterministic corpus: words shared between papers, so prefixes and typos have neighbours. */
const VOCABULARY = [
  'transformer', 'transformers', 'training', 'trajectory', 'graph', 'graphs', 'gradient', 'descent', 'diffusion',
  'diffusing', 'model', 'models', 'modeling', 'modal', 'reinforcement', 'learning', 'offline', 'policy', 'reward',
  'vision', 'language', 'context', 'contrastive', 'sparse', 'scaling', 'laws', 'benchmark', 'agents', 'robotics',
  'rl', 'llm', '3d', 'gaussian', 'splatting', 'retrieval', 'reasoning', 'memory', 'attention', 'kernel', 'kernels',
];
const NAMES = ['Ekin Akyürek', 'Søren Hauberg', 'Wei Zhang', 'Łukasz Kaiser', 'Ana García', 'Yuki Sato'];

function corpus(n: number, seed = 1): SearchDoc[] {
  let state = seed;
  const random = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = (count: number): string => Array.from({ length: count }, () => pick(VOCABULARY)).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    id: `arxiv:2401.${String(i).padStart(5, '0')}`,
    title: words(3 + Math.floor(random() * 6)),
    authors: [pick(NAMES), pick(NAMES)],
    abstract: words(60 + Math.floor(random() * 60)),
    tags: random() < 0.2 ? [pick(['rl', 'vision', 'to read'])] : [],
    note: random() < 0.1 ? words(4) : '',
    year: 2015 + Math.floor(random() * 11),
    sites: random() < 0.5 ? ['huggingface.co'] : ['arxiv.org'],
    bookmarked: random() < 0.2,
    read: random() < 0.3,
    lastSeenAt: Math.floor(random() * 1e9),
  }));
}

const QUERIES = [
  'transformer', 'tra', 'gra', 'graph ', 'gradient descent', 'difusion ', 'diffusion mod', 'model', 'modal ',
  'akyurek', 'soren tra', 'lukasz', 'offline rl', 'rl', '3d gaussian', 'kernels ', 'kernal ', 'reinforcment learning',
  'is:bookmarked', 'is:read graph', 'year:>2020 vision', 'site:hf memory', 'tag:rl', 'tag:"to read" reasoning', '',
];

const snapshot = (index: SearchIndex, limit = 1000) =>
  QUERIES.map((query) => {
    const results = index.search(query, { limit });
    return { query, total: results.total, ids: results.hits.map((hit) => hit.id).sort() };
  });

describe('SearchIndex persistence', () => {
  it('answers the same after serialize and load', () => {
    const index = SearchIndex.build(corpus(300));
    const loaded = SearchIndex.load(index.serialize());
    for (const query of QUERIES) expect(loaded.search(query), query).toEqual(index.search(query));
  });

  it('loads bytes that do not start on an aligned offset', () => {
    const { base } = SearchIndex.build(corpus(20)).serialize();
    const shifted = new Uint8Array(base.length + 3);
    shifted.set(base, 3);
    expect(SearchIndex.load({ base: shifted.subarray(3) }).size).toBe(20);
  });

  it('rejects bytes that are not an index', () => {
    expect(() => SearchIndex.load({ base: new Uint8Array(1024) })).toThrow(SegmentFormatError);
    expect(() => SearchIndex.load({ base: new Uint8Array(10) })).toThrow(SegmentFormatError);
  });
});

describe('SearchIndex updates', () => {
  const docs = corpus(200);

  it('upserts new papers and replaces changed ones', () => {
    const index = SearchIndex.build(docs);
    index.upsert({ ...docs[0]!, title: 'Quasicrystal tilings', abstract: 'Aperiodic order.', tags: [], note: '' });
    index.upsert({ ...docs[1]!, id: 'arxiv:2402.00001', title: 'Penrose quasicrystal' });
    expect(index.size).toBe(201);
    expect(index.search('quasicrystal').hits.map((hit) => hit.id).sort()).toEqual([docs[0]!.id, 'arxiv:2402.00001']);
    expect(index.search(`id:${docs[0]!.id.slice(6)} ${docs[0]!.title.split(' ')[0]}`).total).toBe(0);
  });

  it('removes papers from the base and from the delta', () => {
    const index = SearchIndex.build(docs);
    index.upsert({ ...docs[5]!, id: 'arxiv:2402.00002', title: 'Penrose tilings' });
    expect(index.remove(docs[3]!.id)).toBe(true);
    expect(index.remove('arxiv:2402.00002')).toBe(true);
    expect(index.remove('arxiv:2402.99999')).toBe(false);
    expect(index.has(docs[3]!.id)).toBe(false);
    expect(index.size).toBe(199);
    expect(index.search('penrose').total).toBe(0);
    const loaded = SearchIndex.load(index.serialize());
    expect(loaded.has(docs[3]!.id)).toBe(false);
    expect(loaded.size).toBe(199);
  });

  it('toggles flags without touching postings, and keeps them across a load', () => {
    const index = SearchIndex.build(docs);
    const target = docs.find((doc) => !doc.bookmarked)!;
    const before = index.search('is:bookmarked').total;
    expect(index.setFlags(target.id, { bookmarked: true })).toBe(true);
    expect(index.search('is:bookmarked').total).toBe(before + 1);
    index.upsert({ ...docs[7]!, id: 'arxiv:2402.00003', bookmarked: false });
    index.setFlags('arxiv:2402.00003', { bookmarked: true, read: true });
    const loaded = SearchIndex.load(index.serialize());
    expect(loaded.search('is:bookmarked').total).toBe(before + 2);
    expect(loaded.search('is:bookmarked is:read').hits.map((hit) => hit.id)).toContain('arxiv:2402.00003');
    loaded.setFlags(target.id, { bookmarked: false });
    expect(loaded.search('is:bookmarked').total).toBe(before + 1);
    expect(loaded.setFlags('arxiv:2402.99999', { read: true })).toBe(false);
  });

  it('keeps answering the same through compaction', () => {
    const index = SearchIndex.build(docs);
    const changed = corpus(60, 9).map((doc, i) => ({
      ...doc,
      id: i < 30 ? docs[i * 3]!.id : `arxiv:2403.${String(i).padStart(5, '0')}`,
    }));
    for (const doc of changed) index.upsert(doc);
    index.remove(docs[1]!.id);
    index.setFlags(docs[2]!.id, { read: true, bookmarked: true });
    const before = snapshot(index);
    expect(index.deltaSize).toBe(61);
    index.compact();
    expect(index.deltaSize).toBe(0);
    expect(snapshot(index)).toEqual(before);
    expect(snapshot(SearchIndex.load(index.serialize()))).toEqual(before);
  });

  it('applies a stale delta over a compacted base without harm', () => {
    const index = SearchIndex.build(docs);
    index.upsert({ ...docs[0]!, title: 'Quasicrystal tilings' });
    index.remove(docs[1]!.id);
    const staleDelta = index.serializeDelta();
    index.compact();
    const expected = snapshot(index);
    expect(snapshot(SearchIndex.load({ base: index.serialize().base, delta: staleDelta }))).toEqual(expected);
  });

  it('matches a fresh build after many updates', () => {
    const index = SearchIndex.load(SearchIndex.build(docs).serialize());
    const final = new Map(docs.map((doc) => [doc.id, doc]));
    const updates = corpus(120, 5);
    updates.forEach((doc, i) => {
      const id = i % 3 === 0 ? `arxiv:2404.${String(i).padStart(5, '0')}` : docs[i]!.id;
      if (i % 7 === 0) {
        index.remove(docs[i]!.id);
        final.delete(docs[i]!.id);
      } else {
        index.upsert({ ...doc, id });
        final.set(id, { ...doc, id });
      }
      if (i % 10 === 0) {
        const reloaded = SearchIndex.load(index.serialize());
        expect(snapshot(reloaded)).toEqual(snapshot(index));
      }
    });
    const fresh = SearchIndex.build([...final.values()]);
    expect(index.size).toBe(final.size);
    // Impacts in the delta use the base's field averages, so scores differ slightly: compare what matched.
    expect(snapshot(index)).toEqual(snapshot(fresh));
  });
});

describe('prefix lists', () => {
  it('give the same matches and nearly the same scores as expanding every term', () => {
    const docs = corpus(400, 3);
    const withLists = SearchIndex.load({ base: buildSegment(docs, undefined, { minPostings: 1 }) });
    const without = SearchIndex.load({ base: buildSegment(docs, undefined, false) });
    for (const query of ['t', 'tr', 'tra', 'g', 'mo', 'r', '3', 'offline r', 'graph m']) {
      const a = withLists.search(query, { limit: 1000 });
      const b = without.search(query, { limit: 1000 });
      expect(a.total, query).toBe(b.total);
      const scores = new Map(b.hits.map((hit) => [hit.id, hit]));
      for (const hit of a.hits) {
        const other = scores.get(hit.id)!;
        expect(Math.abs(hit.score - other.score) / other.score, `${query} ${hit.id}`).toBeLessThan(0.08);
        expect(hit.terms.every((term) => other.terms.includes(term)), `${query} ${hit.id}`).toBe(true);
      }
    }
  });
});

describe('matching semantics', () => {
  it('matches exactly the papers a brute-force reading of the rules matches', () => {
    const docs = corpus(250, 11);
    const index = SearchIndex.build(docs);
    const textOf = (doc: SearchDoc) =>
      [doc.title, doc.authors.join(' '), doc.abstract, doc.tags.join(' '), doc.note].join(' ');
    const tokens = new Map(docs.map((doc) => [doc.id, new Set(indexTokens(textOf(doc)))]));
    const queries = [
      'transformer', 'tra', 'trasformer', 'graph ', 'grahp ', 'gradient descent', 'modal ', 'modle', 'kernels ',
      'akyurek sparse', 'rl 3d', 'offline polcy',
    ];
    for (const query of queries) {
      const words = query.trim().split(' ');
      const typing = !query.endsWith(' ');
      expect(typing && mayBecomeStopWord(words.at(-1)!)).toBe(false);
      const expected = docs
        .filter((doc) => words.every((word, i) => matches(tokens.get(doc.id)!, word, typing && i === words.length - 1)))
        .map((doc) => doc.id)
        .sort();
      const found = index.search(query, { limit: 1000 }).hits.map((hit) => hit.id).sort();
      expect(found, query).toEqual(expected);
    }
  });
});

/** The rules, read literally: exact; prefix while typing; one edit (Damerau) for words of 5+ letters. */
function matches(tokens: Set<string>, word: string, prefix: boolean): boolean {
  for (const token of tokens) {
    if (token === word || (prefix && token.startsWith(word))) return true;
    if (word.length < 5) continue;
    if (!prefix && oneEdit(token, word)) return true;
    if (prefix) {
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        if (token.length >= length && oneEdit(token.slice(0, length), word)) return true;
      }
    }
  }
  return false;
}

function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs = [...a].map((char, i) => (char === b[i] ? -1 : i)).filter((i) => i >= 0);
    if (diffs.length === 1) return true;
    const [i, j] = diffs;
    return diffs.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
