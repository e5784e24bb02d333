import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../src/core/search/doc.js';
import { SearchIndex } from '../../src/core/search/search-index.js';

const DAY = 86_400_000;
/** Abstracts run to 150–250 words; field-length normalisation needs realistic lengths to rank realistically. */
const FILLER_WORDS = ['results', 'benchmark', 'method', 'data', 'evaluation'];
const FILLER = Array.from({ length: 150 }, (_, i) => FILLER_WORDS[i % 5]).join(' ');

function doc(id: string, fields: Partial<SearchDoc> = {}): SearchDoc {
  return {
    id,
    title: '',
    authors: [],
    abstract: FILLER,
    tags: [],
    note: '',
    sites: ['huggingface.co'],
    bookmarked: false,
    read: false,
    lastSeenAt: Date.UTC(2025, 0, 1),
    ...fields,
  };
}

const ids = (index: SearchIndex, query: string) => index.search(query).hits.map((hit) => hit.id);

describe('ranking', () => {
  it('ranks a title match above an abstract-only match', () => {
    const index = SearchIndex.build([
      doc('abstract', { title: 'Scaling laws for sparse models', abstract: `We revisit gradient descent. ${FILLER}` }),
      doc('title', { title: 'Gradient descent as meta-optimization' }),
    ]);
    expect(ids(index, 'gradient descent ')).toEqual(['title', 'abstract']);
  });

  it('ranks an exact match above a prefix match in the same field', () => {
    const index = SearchIndex.build([
      doc('prefix', { title: 'Graphs of thought' }),
      doc('exact', { title: 'Graph of thought' }),
    ]);
    // `graph` is still being typed: it also matches `graphs`, but less.
    expect(ids(index, 'graph')).toEqual(['exact', 'prefix']);
  });

  it('finds words by their prefix while typing', () => {
    const index = SearchIndex.build([
      doc('t', { title: 'Looped transformers learn algorithms' }),
      doc('x', { title: 'Diffusion' }),
    ]);
    expect(ids(index, 'tra')).toEqual(['t']);
    expect(ids(index, 'tra ')).toEqual([]); // finished: `tra` is a word of its own
  });

  it('ranks an exact match above a one-typo match', () => {
    const index = SearchIndex.build([
      doc('typo', { title: 'Difusion priors for planning' }),
      doc('exact', { title: 'Diffusion priors for planning' }),
    ]);
    expect(ids(index, 'diffusion ')).toEqual(['exact', 'typo']);
  });

  it.each([
    ['substitution', 'transformar'],
    ['insertion', 'transformerr'],
    ['deletion', 'transfomer'],
    ['transposition', 'transfromer'],
  ])('tolerates one %s in a long word', (_kind, typed) => {
    const index = SearchIndex.build([doc('t', { title: 'Looped transformer' })]);
    expect(ids(index, `${typed} `)).toEqual(['t']);
  });

  it('tolerates no typo in short words, nor two typos', () => {
    const index = SearchIndex.build([doc('rl', { title: 'Offline rl with score models' })]);
    expect(ids(index, 'rk ')).toEqual([]);
    expect(ids(index, 'scroe ')).toEqual(['rl']);
    expect(ids(index, 'sorce ')).toEqual([]); // two edits
  });

  it('lets a typo in the word being typed still find the word', () => {
    const index = SearchIndex.build([doc('t', { title: 'Transformers in context' })]);
    expect(ids(index, 'trasnfo')).toEqual(['t']);
  });

  it('finds papers by author, without diacritics', () => {
    const index = SearchIndex.build([
      doc('a', { title: 'What learning algorithm is in-context?', authors: ['Ekin Akyürek', 'D. Schuurmans'] }),
      doc('b', { title: 'Looped transformers', abstract: `Following Akyurek et al. ${FILLER}` }),
      doc('c', { title: 'Unrelated' }),
    ]);
    expect(ids(index, 'akyurek ')).toEqual(['a', 'b']); // authors weigh more than the abstract
    expect(ids(index, 'Akyürek schuurmans')).toEqual(['a']);
  });

  it('requires every word (AND): partial matches are left out', () => {
    const index = SearchIndex.build([
      doc('both', { title: 'Offline reinforcement learning with diffusion' }),
      doc('one', { title: 'Offline reinforcement learning' }),
      doc('other', { title: 'Diffusion models' }),
    ]);
    expect(ids(index, 'offline diffusion')).toEqual(['both']);
    expect(index.search('offline diffusion').total).toBe(1);
  });

  it('matches tags and notes, between title and abstract in weight', () => {
    const index = SearchIndex.build([
      doc('abstract', { abstract: `A survey of robotics foundation models. ${FILLER}` }),
      doc('tag', { tags: ['robotics'] }),
      doc('note', { note: 'robotics reading group' }),
      doc('title', { title: 'Robotics at scale' }),
    ]);
    expect(ids(index, 'robotics ')).toEqual(['title', 'tag', 'note', 'abstract']);
  });

  it('keeps a word that may still become a stop word optional', () => {
    const index = SearchIndex.build([
      doc('a', { title: 'Attention Is All You Need' }),
      doc('b', { title: 'Attention sinks' }),
    ]);
    // `is` is not indexed; while typed it must not exclude the paper.
    expect(ids(index, 'attention is')).toContain('a');
    expect(ids(index, 'attention is all')).toEqual(['a']);
  });

  it('breaks score ties by recency', () => {
    const index = SearchIndex.build([
      doc('old', { title: 'Sparse autoencoders', lastSeenAt: Date.UTC(2024, 0, 1) }),
      doc('new', { title: 'Sparse autoencoders', lastSeenAt: Date.UTC(2024, 0, 1) + DAY }),
    ]);
    expect(ids(index, 'sparse')).toEqual(['new', 'old']);
  });

  it('returns the indexed words each paper matched, for highlighting', () => {
    const index = SearchIndex.build([
      doc('a', { title: 'Looped transformers', abstract: 'Training transformers to learn iterative algorithms.' }),
    ]);
    const [hit] = index.search('looped tra').hits;
    expect(hit?.terms.sort()).toEqual(['looped', 'training', 'transformers']);
    expect(index.search('transfromers ').hits[0]?.terms).toEqual(['transformers']);
  });

  it('limits the hits but counts them all', () => {
    const docs = Array.from({ length: 120 }, (_, i) => doc(`d${i}`, { title: `Benchmark number ${i}`, lastSeenAt: i }));
    const index = SearchIndex.build(docs);
    const results = index.search('benchmark', { limit: 10 });
    expect(results.hits).toHaveLength(10);
    expect(results.total).toBe(120);
    expect(index.search('benchmark').hits).toHaveLength(50);
  });
});

describe('id lookup', () => {
  const index = SearchIndex.build([
    doc('arxiv:2311.12424', { title: 'Looped transformers' }),
    doc('arxiv:hep-th/9901001', { title: 'Strings' }),
    doc('title:0123456789abcdef', { title: 'A paper without an id' }),
  ]);

  it.each([
    'id:2311.12424',
    '2311.12424',
    '2311.12424v2',
    'arXiv:2311.12424',
    'https://arxiv.org/abs/2311.12424v2',
    'https://arxiv.org/pdf/2311.12424',
    'huggingface.co/papers/2311.12424',
    'https://www.alphaxiv.org/abs/2311.12424',
    'id:https://arxiv.org/abs/2311.12424',
  ])('finds the paper from %s', (text) => {
    expect(ids(index, text)).toEqual(['arxiv:2311.12424']);
  });

  it('finds old-style ids', () => {
    expect(ids(index, 'arxiv.org/abs/hep-th/9901001v1')).toEqual(['arxiv:hep-th/9901001']);
  });

  it('finds nothing for an id not in the library, and applies filters', () => {
    expect(index.search('2401.00001').total).toBe(0);
    expect(ids(index, 'is:bookmarked 2311.12424')).toEqual([]);
    expect(ids(index, 'id:2311.12424 looped')).toEqual(['arxiv:2311.12424']);
    expect(ids(index, 'id:2311.12424 strings')).toEqual([]);
  });
});

describe('filters', () => {
  const index = SearchIndex.build([
    doc('a', {
      title: 'Diffusion one',
      year: 2021,
      bookmarked: true,
      read: true,
      tags: ['RL', 'In Context'],
      sites: ['arxiv.org'],
      lastSeenAt: 1,
    }),
    doc('b', {
      title: 'Diffusion two',
      year: 2023,
      sites: ['huggingface.co', 'arxiv.org'],
      tags: ['vision'],
      lastSeenAt: 3,
    }),
    doc('c', { title: 'Diffusion three', year: 2024, read: true, sites: ['huggingface.co'], lastSeenAt: 2 }),
    doc('d', { title: 'Diffusion four', sites: ['www.huggingface.co'], lastSeenAt: 4 }),
  ]);

  it.each([
    ['is:bookmarked', ['a']],
    ['is:read', ['c', 'a']],
    ['is:unread', ['d', 'b']],
    ['tag:rl', ['a']],
    ['tag:"in context"', ['a']],
    ['tag:in-context tag:rl', ['a']],
    ['tag:vision tag:rl', []],
    ['tag:nothing', []],
    ['year:2023', ['b']],
    ['year:>2022', ['b', 'c']],
    ['year:>=2023', ['b', 'c']],
    ['year:<2023', ['a']],
    ['year:<=2023', ['b', 'a']],
    ['year:2021-2023', ['b', 'a']],
    ['site:hf', ['d', 'b', 'c']],
    ['site:arxiv', ['b', 'a']],
    ['site:hf site:arxiv', ['b']],
    ['is:read site:hf', ['c']],
  ])('%s lists the matching papers by recency', (query, expected) => {
    expect(ids(index, query)).toEqual(expected);
  });

  it('filters word searches too', () => {
    expect(ids(index, 'diffusion is:unread year:>2022')).toEqual(['b']);
  });

  it('lists everything by recency for an empty query', () => {
    expect(ids(index, '')).toEqual(['d', 'b', 'c', 'a']);
    expect(index.search('').total).toBe(4);
  });
});
