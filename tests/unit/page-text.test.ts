/** The page-text parser on small texts built to vary one thing at a time. */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/entry.js';
import { parsePage, parseText, type PageLink } from '../../src/core/parse-page.js';
import { titleKey } from '../../src/core/paper-key.js';

const NOW = new Date('2025-12-08T12:00:00Z');

const T1 = 'Looped Transformers are Better at Learning Learning Algorithms';
const T2 = 'The Expressive Power of Low-Rank Adaptation';
const T3 = 'Image Clustering Conditioned on Text Criteria';
const A1 =
  'Transformers have demonstrated effectiveness in in-context solving data-fitting problems from various latent ' +
  'models. We propose the utilization of looped transformer architecture and its associated training methodology.';
const A2 =
  'Low-Rank Adaptation (LoRA), a parameter-efficient fine-tuning method, has emerged as a prevalent technique. ' +
  'This paper takes the first step to bridge this gap by theoretically analyzing the expressive power of LoRA.';
const A3 =
  'Classical clustering methods do not provide users with direct control of the clustering results. In this work ' +
  'we present a new methodology for performing image clustering based on user-specified text criteria.';

const BANNER_WIDE = 'Get trending papers in your email inbox once a day!';
const BANNER_NARROW = 'Get trending papers in your email inbox!';

function read(text: string, links?: PageLink[]): Entry[] {
  return parsePage({ url: '', text, now: NOW, ...(links ? { links } : {}) }).entries;
}

/** The fields a person reads, without the source stamp. */
function fields(entries: Entry[]): Omit<Entry, 'source'>[] {
  return entries.map(({ source: _source, ...rest }) => rest);
}

const blocks = (...parts: string[]) => parts.join('\n\n');
const CLEAN = blocks(T1, A1, T2, A2, T3, A3);

describe('layouts', () => {
  it('reads title / abstract blocks separated by blank lines', () => {
    expect(fields(read(CLEAN))).toEqual([
      { id: titleKey(T1), title: T1, abstract: A1 },
      { id: titleKey(T2), title: T2, abstract: A2 },
      { id: titleKey(T3), title: T3, abstract: A3 },
    ]);
  });

  it('reads strictly alternating title and abstract lines with no blank lines', () => {
    expect(fields(read([T1, A1, T2, A2, T3, A3].join('\n')))).toEqual(fields(read(CLEAN)));
  });

  it('numbers entries in page order and stamps the capture', () => {
    expect(read(CLEAN).map((entry) => entry.source)).toEqual(
      [1, 2, 3].map((position) => ({
        site: '',
        pageUrl: '',
        pageKind: 'text',
        position,
        capturedAt: '2025-12-08T12:00:00.000Z',
      })),
    );
  });

  it('merges a paper shown twice into one entry', () => {
    expect(fields(read(blocks(T1, A1, T2, A2, T1, A1)))).toEqual(fields(read(blocks(T1, A1, T2, A2))));
  });

  it('takes a number alone before a title for the upvotes of that paper', () => {
    const [first, second] = read(blocks('148', T1, A1, T2, A2));
    expect(first?.upvotes).toBe(148);
    expect(second?.upvotes).toBeUndefined();
  });
});

describe('white space', () => {
  it('reads CRLF text like LF text', () => {
    expect(read(CLEAN.replace(/\n/g, '\r\n'))).toEqual(read(CLEAN));
  });

  it('reads no-break spaces as spaces', () => {
    const text = blocks(T1.replace(/ /g, '\u00a0'), A1.replace(/ /g, '\u00a0'), T2, A2, T3, A3);
    expect(read(text)).toEqual(read(CLEAN));
  });

  it('ignores trailing blanks and blank lines made of spaces', () => {
    const text = CLEAN.split('\n')
      .map((line) => `${line}  \t`)
      .join('\n');
    expect(read(text)).toEqual(read(CLEAN));
  });

  it('collapses runs of spaces inside a title', () => {
    expect(read(blocks('Looped   Transformers  are Better at Learning Learning Algorithms', A1))[0]?.title).toBe(T1);
  });
});

describe('the page header', () => {
  const BYLINE = 'byAK and the research community';
  const HEADER_LINES = ['new', BANNER_WIDE, BANNER_NARROW, 'Subscribe', 'Daily Papers', BYLINE];

  it.each([
    ['both banner variants', [BANNER_WIDE, BANNER_NARROW]],
    ['the wide banner alone', [BANNER_WIDE]],
    ['the narrow banner alone', [BANNER_NARROW]],
    ['the banners in the other order', [BANNER_NARROW, BANNER_WIDE]],
    ['the full header with a date label', ['new', BANNER_NARROW, 'Subscribe', 'Daily Papers', BYLINE, 'Mar 12']],
    ['a header without the banner', ['Subscribe', 'Daily Papers', BYLINE, 'Dec 8']],
    ['the byline split as the page renders it', ['by AK and the research community']],
  ])('drops %s', (_label, header) => {
    expect(read(blocks(...header, CLEAN))).toEqual(read(CLEAN));
    expect(read([...header, T1, A1, T2, A2, T3, A3].join('\n'))).toEqual(read(CLEAN));
  });

  it('strips Subscribe glued to the first title', () => {
    const text = [BANNER_WIDE, BANNER_NARROW, `Subscribe${T1}`, A1, T2, A2, T3, A3].join('\n');
    expect(read(text)).toEqual(read(CLEAN));
    expect(read(`SubscribeSome Title About Transformers\n${A1}`)[0]?.title).toBe('Some Title About Transformers');
  });

  it('keeps a title that merely starts with the word', () => {
    const title = 'Subscribers and Churn: Learning to Predict Cancellations';
    expect(read(blocks(BANNER_NARROW, title, A1))[0]?.title).toBe(title);
  });

  it('gives no papers for a page of header lines only', () => {
    expect(read(blocks(...HEADER_LINES, 'Mar 12'))).toEqual([]);
    expect(read(HEADER_LINES.join('\r\n'))).toEqual([]);
  });

  it('reads a second capture pasted after the first without taking its header for papers', () => {
    const capture = [BANNER_WIDE, BANNER_NARROW, `Subscribe${T1}`, A1, T2, A2].join('\n');
    const twice = `${capture}\n${capture}\n${blocks('new', BANNER_NARROW, 'Subscribe', 'Dec 8', T3, A3)}`;
    const entries = read(twice);
    expect(entries.map((entry) => entry.title)).toEqual([T1, T2, T3]);
  });

  it('never makes a paper of a header line, wherever it is', () => {
    const text = blocks(T1, A1, ...HEADER_LINES, 'Mar 12', T2, A2);
    expect(read(text).map((entry) => entry.title)).toEqual([T1, T2]);
  });
});

describe('meta blocks', () => {
  const meta = (authors: string, date: string) => [`  \u2022 ${authors}`, '\u00b7', date].join('\n');

  it('reads the author count and a date without a year as the latest such day', () => {
    const [entry] = read(blocks(T1, A1, meta('7 authors', 'Jun 5')));
    expect(entry).toMatchObject({ title: T1, abstract: A1, authorCount: 7, publishedAt: '2025-06-05' });
    expect(entry?.commentCount).toBeUndefined();
  });

  it('reads a date later in the year than the capture as last year', () => {
    expect(read(blocks(T1, A1, meta('3 authors', 'Dec 9')))[0]?.publishedAt).toBe('2024-12-09');
  });

  it('reads a date with its year', () => {
    expect(read(blocks(T1, A1, meta('8 authors', 'May 30, 2019')))[0]?.publishedAt).toBe('2019-05-30');
  });

  it('reads the number after the date as the comment count, not upvotes', () => {
    const text = blocks(T1, A1, meta('7 authors', 'Jun 5 2'), T2, A2, meta('5 authors', 'Mar 19, 2024 21'));
    const [withoutYear, withYear] = read(text);
    expect(withoutYear).toMatchObject({ publishedAt: '2025-06-05', commentCount: 2 });
    expect(withYear).toMatchObject({ publishedAt: '2024-03-19', commentCount: 21 });
    expect(withoutYear?.upvotes).toBeUndefined();
    expect(withYear?.upvotes).toBeUndefined();
  });

  it('reads "1 authors" as one author', () => {
    expect(read(blocks(T1, A1, meta('1 authors', 'Jan 30, 2024')))[0]?.authorCount).toBe(1);
    expect(read(blocks(T1, A1, meta('1 author', 'Jan 30, 2024')))[0]?.authorCount).toBe(1);
  });

  it('reads entries with and without a meta block side by side', () => {
    const entries = read(blocks(T1, A1, meta('7 authors', 'Jun 5'), T2, A2, T3, A3, meta('4 authors', 'Dec 13, 2023')));
    expect(entries.map((entry) => [entry.title, entry.authorCount, entry.publishedAt])).toEqual([
      [T1, 7, '2025-06-05'],
      [T2, undefined, undefined],
      [T3, 4, '2023-12-13'],
    ]);
  });

  it('reads an organisation in place of the author count', () => {
    const entries = read(blocks(T1, A1, ['Huawei', '\u00b7', 'May 27'].join('\n'), T2, A2, meta('5 authors', 'Feb 4')));
    expect(entries.map((entry) => entry.title)).toEqual([T1, T2]);
    expect(entries[0]).toMatchObject({ publishedAt: '2025-05-27' });
    expect(entries[0]?.authorCount).toBeUndefined();
    expect(entries[1]).toMatchObject({ authorCount: 5, publishedAt: '2025-02-04' });
  });

  it('does not give a paper a date that stands outside a meta block', () => {
    const entries = read(blocks(T1, A1, 'Jun 5', T2, A2));
    expect(entries.map((entry) => entry.title)).toEqual([T1, T2]);
    expect(entries.map((entry) => entry.publishedAt)).toEqual([undefined, undefined]);
  });
});

describe('records closed by arXiv ids', () => {
  it('gives each record the id that closes it, the next abstract glued to the id', () => {
    const entries = read(`${A1}\narXiv:2311.12424${A2}\narXiv:2310.17513`);
    expect(fields(entries)).toEqual([
      {
        id: 'arxiv:2311.12424',
        arxivId: '2311.12424',
        abstract: A1,
        url: 'https://arxiv.org/abs/2311.12424',
        pdfUrl: 'https://arxiv.org/pdf/2311.12424',
      },
      {
        id: 'arxiv:2310.17513',
        arxivId: '2310.17513',
        abstract: A2,
        url: 'https://arxiv.org/abs/2310.17513',
        pdfUrl: 'https://arxiv.org/pdf/2310.17513',
      },
    ]);
  });

  it('keeps the version apart from the id', () => {
    const [first, second] = read(`${A1}\narXiv:2311.12424v2${A2}\narXiv:2310.17513v11`);
    expect(first).toMatchObject({ id: 'arxiv:2311.12424', arxivId: '2311.12424', version: 'v2', abstract: A1 });
    expect(second).toMatchObject({ id: 'arxiv:2310.17513', arxivId: '2310.17513', version: 'v11', abstract: A2 });
  });

  it('reads the lines between an abstract and its id as the arXiv comment', () => {
    const text = [
      A1,
      '19 pages, 11 figures',
      `arXiv:2311.05217${A2}`,
      `arXiv:2310.18297${A3}`,
      '7 pages',
      'ES-FoMo Workshop at ICML 2023',
      'arXiv:2307.05908',
    ].join('\n');
    expect(read(text).map((entry) => [entry.arxivId, entry.abstract, entry.arxivComment])).toEqual([
      ['2311.05217', A1, '19 pages, 11 figures'],
      ['2310.18297', A2, undefined],
      ['2307.05908', A3, '7 pages; ES-FoMo Workshop at ICML 2023'],
    ]);
  });

  it('keeps a 4-digit serial of a pre-2015 id apart from an abstract starting with a digit', () => {
    const [first, second] = read(`${A1}\narXiv:1412.69803D shapes are everywhere. ${A2}\narXiv:1501.00001`);
    expect(first?.arxivId).toBe('1412.6980');
    expect(second?.arxivId).toBe('1501.00001');
    expect(second?.abstract?.startsWith('3D shapes are everywhere.')).toBe(true);
  });

  it('reads titled records closed by ids', () => {
    const entries = read([T1, A1, 'arXiv:2311.12424', T2, A2, 'arXiv:2310.17513v3'].join('\n'));
    expect(entries.map((entry) => [entry.id, entry.title, entry.version])).toEqual([
      ['arxiv:2311.12424', T1, undefined],
      ['arxiv:2310.17513', T2, 'v3'],
    ]);
  });

  it('reads an old-style id', () => {
    expect(read(`${A1}\narXiv:hep-th/9901001v2`)[0]).toMatchObject({ arxivId: 'hep-th/9901001', version: 'v2' });
  });
});

describe('links on the page', () => {
  const link = (text: string, href: string): PageLink => ({ text, href });

  it('gives a title-only entry the arXiv id of a link whose text is its title', () => {
    const entries = read(blocks(T1, A1, T2, A2), [link(T1, 'https://huggingface.co/papers/2311.12424')]);
    expect(entries[0]).toMatchObject({ id: 'arxiv:2311.12424', arxivId: '2311.12424', title: T1 });
    expect(entries[1]).toMatchObject({ id: titleKey(T2), title: T2 });
    expect(entries[1]?.arxivId).toBeUndefined();
  });

  it('matches link text by normalised title, and takes no version from a link', () => {
    const entries = read(blocks(T1, A1), [link(`  ${T1.toUpperCase()}  `, 'https://arxiv.org/abs/2311.12424v3')]);
    expect(entries[0]).toMatchObject({ arxivId: '2311.12424' });
    expect(entries[0]?.version).toBeUndefined();
  });

  it('ignores links that name no paper', () => {
    const entries = read(blocks(T1, A1), [
      link(T1, 'https://huggingface.co/papers/date/2023-11-22'),
      link(T1, 'https://example.com/abs/2311.12424'),
    ]);
    expect(entries[0]?.id).toBe(titleKey(T1));
  });

  it('enriches the text of a page with a URL and keeps the page kind', () => {
    const result = parsePage({
      url: 'https://huggingface.co/papers?q=looped',
      text: blocks(T1, A1),
      links: [link(T1, 'https://huggingface.co/papers/2311.12424')],
      now: NOW,
    });
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({
      arxivId: '2311.12424',
      source: { site: 'huggingface.co', pageKind: 'hf-search' },
    });
  });

  it('reads text with the generic parser whatever the URL', () => {
    const result = parseText({ url: 'https://arxiv.org/abs/2311.12424', text: blocks(T1, A1), now: NOW });
    expect(result.parser).toBe('page-text');
    expect(result.entries.map((entry) => entry.title)).toEqual([T1]);
  });
});

describe('what is not a paper', () => {
  it('ignores a short line alone, such as a menu item', () => {
    expect(read(blocks('Models', 'Datasets', 'Spaces', 'Docs'))).toEqual([]);
  });

  it('skips an abstract with neither a title nor an id, and says so', () => {
    const result = parsePage({ url: '', text: A1, now: NOW });
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual(['1 record had neither a title nor an arXiv id and was skipped']);
  });

  it('counts several skipped records', () => {
    const result = parsePage({ url: '', text: `${A1}\n${A2}`, now: NOW });
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual(['2 records had neither a title nor an arXiv id and were skipped']);
  });
});
