/** White space, titles with TeX, counts, and the title key. */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/core/parse-page.js';
import { paperKey, titleKey } from '../../src/core/paper-key.js';
import { collapseWhitespace, normalizeTitle, parseCount } from '../../src/core/text.js';
import { fnv1a64BigInt } from './support/fnv.js';
import { CAPTURED_AT, readGolden, readSource } from './support/golden.js';

describe('collapseWhitespace', () => {
  it.each([
    ['  a  b  ', 'a b'],
    ['a\r\n\tb', 'a b'],
    ['a\u00a0b', 'a b'],
    ['a\u200b b', 'a b'],
    ['a\u2060\ufeffb', 'a b'],
    ['Generalist\n  Agents', 'Generalist Agents'],
    ['\u00a0\u200b', ''],
  ])('%j → %j', (input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });
});

describe('normalizeTitle', () => {
  it('folds case, accents, punctuation and dashes', () => {
    expect(normalizeTitle('  Ekin Akyürek’s  In-Context  Learning!  ')).toBe('ekin akyureks in context learning');
    expect(normalizeTitle('Self‐Supervised / Semi_Supervised')).toBe('self supervised semi supervised');
  });

  it('gives TeX and plain spellings of a title the same form', () => {
    const tex = 'S$^{2}$FT: Efficient, Scalable and Generalizable LLM Fine-tuning by Structured Sparsity';
    const plain = 'S^2FT: Efficient, Scalable and Generalizable LLM Fine-tuning by Structured Sparsity';
    const form = 's2ft efficient scalable and generalizable llm fine tuning by structured sparsity';
    expect(normalizeTitle(tex)).toBe(form);
    expect(normalizeTitle(tex)).toBe(normalizeTitle(plain));
    expect(normalizeTitle('S$^2$FT')).toBe(normalizeTitle(tex.slice(0, 9)));
    expect(normalizeTitle('\\emph{Looped} Transformers')).toBe('looped transformers');
  });

  it('keeps letters of every script and digits', () => {
    expect(normalizeTitle('大模型 Training 2.0')).toBe('大模型 training 20');
  });
});

describe('titleKey', () => {
  it('is the FNV-1a 64-bit hash of the normalised title', () => {
    // Published FNV-1a 64 test vectors check the reference implementation first.
    expect(fnv1a64BigInt('')).toBe('cbf29ce484222325');
    expect(fnv1a64BigInt('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64BigInt('foobar')).toBe('85944171f73967e8');
    for (const title of [
      'Looped Transformers are Better at Learning Learning Algorithms',
      'S$^{2}$FT: Efficient, Scalable and Generalizable LLM Fine-tuning by Structured Sparsity',
      'Ekin Akyürek 大模型 ∑ emoji 🚀 title',
      'a',
    ]) {
      expect(titleKey(title), title).toBe(`title:${fnv1a64BigInt(normalizeTitle(title))}`);
    }
  });

  it('agrees with the reference hash on every seed title', () => {
    for (const name of ['seed-000', 'seed-001', 'seed-002', 'seed-003']) {
      for (const entry of readGolden(name).entries) {
        const title = entry.title ?? '';
        expect(titleKey(title), title).toBe(`title:${fnv1a64BigInt(normalizeTitle(title))}`);
      }
    }
  });

  it('is the same for spellings that normalise alike, and different otherwise', () => {
    expect(titleKey('S$^{2}$FT: Structured Sparsity')).toBe(titleKey('s^2ft — structured   sparsity'));
    expect(titleKey('Looped Transformers')).not.toBe(titleKey('Looped Transformer'));
  });
});

describe('paperKey', () => {
  it('prefers the arXiv id, falls back to the title, and gives up on neither', () => {
    expect(paperKey({ arxivId: '2311.12424', title: 'Anything' })).toBe('arxiv:2311.12424');
    expect(paperKey({ title: 'Looped Transformers' })).toBe(titleKey('Looped Transformers'));
    expect(paperKey({ title: '$^{}$ --- !' })).toBeNull();
    expect(paperKey({})).toBeNull();
  });
});

describe('parseCount', () => {
  it.each([
    ['12', 12],
    [' 148 ', 148],
    ['1,234', 1234],
    ['1.2k', 1200],
    ['21k', 21000],
    ['3M', 3000000],
    ['-', 0],
    ['\u2013', 0],
    ['0', 0],
  ])('%j → %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each([[''], ['abc'], ['12 authors'], ['1,23'], [null], [undefined]])('%j → undefined', (text) => {
    expect(parseCount(text)).toBeUndefined();
  });
});

describe.each(['seed-001', 'seed-002'])('%s and its white-space variants', (name) => {
  const golden = readGolden(name);
  const clean = readSource(golden);
  const parse = (text: string) => parsePage({ url: '', text, now: CAPTURED_AT }).entries;
  const perLine = (edit: (line: string) => string) => clean.split('\n').map(edit).join('\n');

  it.each([
    ['CRLF line ends', () => clean.replace(/\n/g, '\r\n')],
    ['CR line ends', () => clean.replace(/\n/g, '\r')],
    ['no-break spaces', () => clean.replace(/ /g, '\u00a0')],
    ['zero-width spaces at line starts and ends', () => perLine((line) => `\u200b${line}\u200b`)],
    ['a byte-order mark', () => `\ufeff${clean}`],
    ['trailing blanks', () => perLine((line) => `${line} \t `)],
    ['leading blanks', () => perLine((line) => `   ${line}`)],
    ['multiple spaces', () => clean.replace(/ /g, '   ')],
    ['blank lines holding only spaces', () => clean.replace(/\n\n/g, '\n  \t\n')],
    ['a trailing newline', () => `${clean}\n\n`],
  ])('%s give the same entries as the clean text', (_label, variant) => {
    const expected = parse(clean);
    expect(expected).toHaveLength(golden.count);
    expect(parse(variant())).toEqual(expected);
  });
});

describe('a title in TeX', () => {
  it('keeps its TeX in the title and is keyed by its normalised form', () => {
    const text = readSource(readGolden('seed-001'));
    const entries = parsePage({ url: '', text, now: CAPTURED_AT }).entries;
    const entry = entries.find((e) => e.title?.startsWith('S$^{2}$FT'));
    const rest = ': Efficient, Scalable and Generalizable LLM Fine-tuning by Structured Sparsity';
    expect(entry?.title).toBe(`S$^{2}$FT${rest}`);
    expect(entry?.id).toBe(titleKey(`S^2FT${rest}`));
  });
});
