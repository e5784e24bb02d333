import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/core/search/query.js';

const words = (text: string) => parseQuery(text).words;
const texts = (text: string) => words(text).map((word) => word.text);

describe('parseQuery: words', () => {
  it('folds words and marks the last one as still being typed', () => {
    expect(words('Gradient Descent')).toEqual([
      { text: 'gradient', prefix: false, phrase: false },
      { text: 'descent', prefix: true, phrase: false },
    ]);
  });

  it('has no prefix word once the query ends with a space', () => {
    expect(words('gradient descent ').every((word) => !word.prefix)).toBe(true);
  });

  it('removes diacritics and splits on punctuation, keeping short words', () => {
    expect(texts('Akyürek in-context 3D RL')).toEqual(['akyurek', 'in', 'context', '3d', 'rl']);
  });

  it('drops TeX commands but keeps their arguments', () => {
    expect(texts('\\emph{in-context} S$^{2}$FT')).toEqual(['in', 'context', 's2ft']);
  });

  it('reads quoted phrases as exact words; an open quote at the end still types a prefix', () => {
    expect(words('"gradient descent" x')).toEqual([
      { text: 'gradient', prefix: false, phrase: true },
      { text: 'descent', prefix: false, phrase: true },
      { text: 'x', prefix: true, phrase: false },
    ]);
    expect(words('"gradient des').at(-1)).toEqual({ text: 'des', prefix: true, phrase: true });
    expect(words('“smart quotes”').map((word) => word.phrase)).toEqual([true, true]);
  });

  it('treats unknown key:value tokens as plain words', () => {
    expect(texts('foo:bar re:call')).toEqual(['foo', 'bar', 're', 'call']);
    expect(parseQuery('foo:bar').filters).toEqual({ tags: [], sites: [] });
  });
});

describe('parseQuery: filters', () => {
  it('reads is: states, also cut short while typed', () => {
    expect(parseQuery('is:bookmarked').filters.bookmarked).toBe(true);
    expect(parseQuery('is:book').filters.bookmarked).toBe(true);
    expect(parseQuery('is:unread').filters.read).toBe(false);
    expect(parseQuery('is:read').filters.read).toBe(true);
    expect(parseQuery('IS:Read').filters.read).toBe(true);
  });

  it('lets the later of is:read and is:unread win', () => {
    expect(parseQuery('is:read is:unread').filters.read).toBe(false);
  });

  it('reads tags, quoted or not, as tag keys', () => {
    expect(parseQuery('tag:RL tag:"In Context" tag:in-context').filters.tags).toEqual(['rl', 'in-context']);
  });

  it('reads every year form', () => {
    expect(parseQuery('year:2024').filters.year).toEqual({ min: 2024, max: 2024 });
    expect(parseQuery('year:>2022').filters.year).toEqual({ min: 2023 });
    expect(parseQuery('year:>=2022').filters.year).toEqual({ min: 2022 });
    expect(parseQuery('year:<2022').filters.year).toEqual({ max: 2021 });
    expect(parseQuery('year:<=2022').filters.year).toEqual({ max: 2022 });
    expect(parseQuery('year:2020-2023').filters.year).toEqual({ min: 2020, max: 2023 });
    expect(parseQuery('year:2023..2020').filters.year).toEqual({ min: 2020, max: 2023 });
    expect(parseQuery('year:>2019 year:<=2021').filters.year).toEqual({ min: 2020, max: 2021 });
  });

  it('reads sites by their short and long names', () => {
    expect(parseQuery('site:hf').filters.sites).toEqual(['huggingface.co']);
    expect(parseQuery('site:huggingface.co').filters.sites).toEqual(['huggingface.co']);
    expect(parseQuery('site:arxiv').filters.sites).toEqual(['arxiv.org']);
    expect(parseQuery('site:arxiv.org site:hf').filters.sites).toEqual(['arxiv.org', 'huggingface.co']);
  });

  it('ignores a filter whose value cannot be read yet, without searching it as words', () => {
    for (const text of ['year:20', 'year:', 'tag:', 'is:', 'is:x', 'site:', 'site:github', 'id:12']) {
      const query = parseQuery(text);
      expect(query.words, text).toEqual([]);
      expect(query.ignored, text).toEqual([text]);
    }
  });

  it('keeps words next to filters', () => {
    const query = parseQuery('is:bookmarked diffusion year:>2022');
    expect(query.words).toEqual([{ text: 'diffusion', prefix: false, phrase: false }]);
    expect(query.filters).toEqual({ tags: [], sites: [], bookmarked: true, year: { min: 2023 } });
  });
});

describe('parseQuery: id lookups', () => {
  it.each([
    ['id:2311.12424', '2311.12424'],
    ['id:2311.12424v2', '2311.12424'],
    ['id:arXiv:2311.12424', '2311.12424'],
    ['id:https://arxiv.org/pdf/2311.12424v1', '2311.12424'],
    ['https://arxiv.org/abs/2311.12424v2', '2311.12424'],
    ['huggingface.co/papers/2311.12424', '2311.12424'],
    ['arxiv.org/abs/hep-th/9901001', 'hep-th/9901001'],
    ['  2311.12424  ', '2311.12424'],
    ['arXiv:2311.12424', '2311.12424'],
    ['https://doi.org/10.48550/arXiv.2311.12424', '2311.12424'],
  ])('%s looks up %s', (text, id) => {
    const query = parseQuery(text);
    expect(query.arxivId).toBe(id);
    expect(query.words).toEqual([]);
  });

  it('combines an id with filters', () => {
    const query = parseQuery('is:unread 2311.12424');
    expect(query.arxivId).toBe('2311.12424');
    expect(query.filters.read).toBe(false);
  });

  it('reads an id among other words as words', () => {
    const query = parseQuery('2311.12424 diffusion');
    expect(query.arxivId).toBeUndefined();
    expect(query.words.map((word) => word.text)).toEqual(['2311', '12424', 'diffusion']);
  });

  it('reads an id still being typed as words', () => {
    expect(parseQuery('2311.1242').arxivId).toBeUndefined();
  });
});

describe('parseQuery: odd input never throws', () => {
  const odd = ['', '   ', '"', '""', ':', 'is:', '::::', 'tag:"', '"unclosed tag:x', '\\', '$', '🙂 emoji', '\u0000'];
  it.each([...odd, 'a'.repeat(5000)])(
    '%j',
    (text) => {
      expect(() => parseQuery(text)).not.toThrow();
    },
  );

  it('reads empty text as no words and no filters', () => {
    expect(parseQuery('')).toEqual({ words: [], filters: { tags: [], sites: [] }, ignored: [] });
  });
});
