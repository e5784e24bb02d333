/** One paper, one id: every form an arXiv id is met in maps to the same canonical id. */
import { describe, expect, it } from 'vitest';
import {
  arxivAbsUrl,
  arxivKey,
  arxivPdfUrl,
  findArxivIds,
  parseArxivId,
  parseBareArxivId,
} from '../../src/core/arxiv-id.js';

describe('parseArxivId: bare and prefixed ids', () => {
  it.each([
    ['2311.12424', { id: '2311.12424' }],
    ['2311.12424v2', { id: '2311.12424', version: 'v2' }],
    ['2311.12424v12', { id: '2311.12424', version: 'v12' }],
    ['arXiv:2311.12424', { id: '2311.12424' }],
    ['ARXIV:2311.12424', { id: '2311.12424' }],
    ['arxiv: 2311.12424v3', { id: '2311.12424', version: 'v3' }],
    ['  2311.12424  ', { id: '2311.12424' }],
    ['hep-th/9901001', { id: 'hep-th/9901001' }],
    ['hep-th/9901001v2', { id: 'hep-th/9901001', version: 'v2' }],
    ['arXiv:hep-th/9901001', { id: 'hep-th/9901001' }],
    ['math.GT/0309136', { id: 'math/0309136' }],
    ['cs/0112017', { id: 'cs/0112017' }],
    ['1412.6980', { id: '1412.6980' }],
    ['0704.0001', { id: '0704.0001' }],
    ['1501.00001', { id: '1501.00001' }],
  ])('%s', (input, expected) => {
    expect(parseArxivId(input)).toEqual(expected);
    expect(parseBareArxivId(input)).toEqual(expected);
  });
});

describe('parseArxivId: URLs and the DOI', () => {
  it.each([
    ['https://arxiv.org/abs/2311.12424', { id: '2311.12424' }],
    ['https://arxiv.org/abs/2311.12424v2', { id: '2311.12424', version: 'v2' }],
    ['http://www.arxiv.org/abs/2311.12424', { id: '2311.12424' }],
    ['arxiv.org/abs/2311.12424', { id: '2311.12424' }],
    ['https://arxiv.org/pdf/2311.12424', { id: '2311.12424' }],
    ['https://arxiv.org/pdf/2311.12424v1', { id: '2311.12424', version: 'v1' }],
    ['https://arxiv.org/pdf/2311.12424.pdf', { id: '2311.12424' }],
    ['https://arxiv.org/pdf/2311.12424v2.pdf', { id: '2311.12424', version: 'v2' }],
    ['https://arxiv.org/html/2311.12424v1', { id: '2311.12424', version: 'v1' }],
    ['https://arxiv.org/html/2311.12424v1/', { id: '2311.12424', version: 'v1' }],
    ['https://arxiv.org/abs/2311.12424?context=cs', { id: '2311.12424' }],
    ['https://export.arxiv.org/abs/2311.12424', { id: '2311.12424' }],
    ['https://arxiv.org/abs/hep-th/9901001v2', { id: 'hep-th/9901001', version: 'v2' }],
    ['https://arxiv.org/pdf/math.GT/0309136', { id: 'math/0309136' }],
    ['https://huggingface.co/papers/2311.12424', { id: '2311.12424' }],
    ['https://huggingface.co/papers/2311.12424#community', { id: '2311.12424' }],
    ['https://www.alphaxiv.org/abs/2311.12424', { id: '2311.12424' }],
    ['https://alphaxiv.org/overview/2311.12424v2', { id: '2311.12424', version: 'v2' }],
    ['https://ar5iv.org/abs/2311.12424', { id: '2311.12424' }],
    ['https://ar5iv.labs.arxiv.org/html/2311.12424', { id: '2311.12424' }],
    ['10.48550/arXiv.2311.12424', { id: '2311.12424' }],
    ['https://doi.org/10.48550/arXiv.2311.12424', { id: '2311.12424' }],
    ['doi:10.48550/arxiv.2311.12424', { id: '2311.12424' }],
  ])('%s', (input, expected) => {
    expect(parseArxivId(input)).toEqual(expected);
  });

  it('gives the same id for every form of one paper', () => {
    const forms = [
      '2311.12424',
      'arXiv:2311.12424v2',
      'https://arxiv.org/abs/2311.12424v1',
      'https://arxiv.org/pdf/2311.12424v2.pdf',
      'https://arxiv.org/html/2311.12424v1',
      'https://huggingface.co/papers/2311.12424',
      'https://www.alphaxiv.org/abs/2311.12424',
      'https://ar5iv.labs.arxiv.org/html/2311.12424',
      'https://doi.org/10.48550/arXiv.2311.12424',
    ];
    expect(new Set(forms.map((form) => parseArxivId(form)?.id))).toEqual(new Set(['2311.12424']));
  });
});

describe('parseArxivId: what is not an arXiv id', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['transformers', 'a plain word'],
    ['in-context learning', 'plain words'],
    ['1234.5678', 'month 34'],
    ['2300.12345', 'month 00'],
    ['2311.1242', 'a 4-digit serial after 2014'],
    ['2311.124245', 'a 6-digit serial'],
    ['1412.69801', 'a 5-digit serial before 2015'],
    ['1501.0001', 'a 4-digit serial from 2015'],
    ['0612.1234', 'a new-style id before April 2007'],
    ['hep-th/9913001', 'old style with month 13'],
    ['hep-th/990100', 'old style with a 6-digit number'],
    ['https://example.com/abs/2311.12424', 'another site'],
    ['https://arxiv.org/list/cs.LG/new', 'a listing'],
    ['https://arxiv.org/abs/', 'an abstract URL without id'],
    ['https://huggingface.co/papers/date/2023-11-22', 'a daily list'],
    ['https://huggingface.co/papers', 'the papers index'],
    ['https://huggingface.co/models/2311.12424', 'not a paper path'],
    ['10.1145/2311.12424', 'another DOI'],
    ['http://', 'a broken URL'],
  ])('%s (%s)', (input) => {
    expect(parseArxivId(input)).toBeNull();
  });
});

describe('findArxivIds', () => {
  it('lists each id mentioned as arXiv:ID once, in order of first mention', () => {
    const text = 'See arXiv:2311.12424v2 and arxiv: 2310.03714, then arXiv:2311.12424 again and arXiv:hep-th/9901001.';
    expect(findArxivIds(text)).toEqual([
      { id: '2311.12424', version: 'v2' },
      { id: '2310.03714' },
      { id: 'hep-th/9901001' },
    ]);
  });

  it('ignores numbers that are not prefixed or not valid', () => {
    expect(findArxivIds('2311.12424 and arXiv:1234.5678 and arXiv:2311.1242')).toEqual([]);
  });
});

describe('keys and links', () => {
  it('builds the key and the arXiv links from a canonical id', () => {
    expect(arxivKey('2311.12424')).toBe('arxiv:2311.12424');
    expect(arxivAbsUrl('hep-th/9901001')).toBe('https://arxiv.org/abs/hep-th/9901001');
    expect(arxivPdfUrl('2311.12424')).toBe('https://arxiv.org/pdf/2311.12424');
  });
});
