/**
 * The other importers: lists of arXiv ids, Paperdex library files with every bad record named, digests
 * (pasted text and saved pages), and telling which is which.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html.js';
import { detectFormat } from '../../src/core/formats/detect-format.js';
import { readIdList } from '../../src/core/formats/id-list-read.js';
import { readDigestEntries, readDigestText } from '../../src/core/formats/read-digest.js';
import { readPaperdex } from '../../src/core/formats/read-paperdex.js';
import { writeBibtex } from '../../src/core/formats/bibtex-write.js';
import { readLibraryFile, validatePaper, validateSighting, writeLibraryFile } from '../../src/core/library-file.js';
import type { Paper, Sighting } from '../../src/core/paper.js';
import { parsePage } from '../../src/core/parse-page.js';
import { goldenPapers } from './support/formats-library.js';
import { CAPTURED_AT, PAGES_DIR, readGolden, readSource, ROOT, seedGoldenNames } from './support/golden.js';

const NOW = Date.UTC(2026, 10, 29, 12);
/** Per-test timeout for the property tests, in milliseconds. */
const FUZZ = 60_000;

describe('a list of arXiv ids', () => {
  it('reads every form people paste, several a line, separated by spaces or commas', () => {
    const reading = readIdList(
      [
        '2311.12424',
        'arXiv:2401.00001v3, arXiv: 2312.00752',
        'https://arxiv.org/abs/2310.06825v2 https://arxiv.org/pdf/2305.18290.pdf',
        '- https://huggingface.co/papers/2402.03300',
        '1. <https://www.alphaxiv.org/abs/2404.19756>',
        'doi:10.48550/arXiv.2405.04434',
        'hep-th/9711200 (Maldacena)',
        '',
      ].join('\n'),
      NOW,
    );
    expect(reading.papers.map((p) => p.id)).toEqual([
      'arxiv:2311.12424', 'arxiv:2401.00001', 'arxiv:2312.00752', 'arxiv:2310.06825', 'arxiv:2305.18290',
      'arxiv:2402.03300', 'arxiv:2404.19756', 'arxiv:2405.04434', 'arxiv:hep-th/9711200',
    ]);
    expect(reading.invalid).toEqual([{ where: 'line 7', reason: '"(Maldacena)" is not an arXiv id or URL' }]);
  });

  it('gives papers with the id, its link and version, seen on no site yet', () => {
    expect(readIdList('arXiv:2401.00001v3', NOW)).toEqual({
      format: 'ids',
      papers: [
        {
          id: 'arxiv:2401.00001',
          arxivId: '2401.00001',
          version: 'v3',
          url: 'https://arxiv.org/abs/2401.00001',
          sites: [],
          firstSeenAt: NOW,
          lastSeenAt: NOW,
          updatedAt: NOW,
          tags: [],
          note: '',
        },
      ],
      sightings: [],
      invalid: [],
    });
  });

  it('lists each line that names no paper', () => {
    const reading = readIdList('2311.12424\nmy reading list\n\n2413.99999\n10.48550/arXiv.%E0%A4%A\nhttps://example.org/paper', NOW);
    expect(reading.papers.map((p) => p.id)).toEqual(['arxiv:2311.12424']);
    expect(reading.invalid).toEqual([
      { where: 'line 2', reason: 'not an arXiv id or URL' },
      { where: 'line 4', reason: 'not an arXiv id or URL' },
      { where: 'line 5', reason: 'not an arXiv id or URL' },
      { where: 'line 6', reason: 'not an arXiv id or URL' },
    ]);
  });

  it('gives one paper for an id listed twice, at the later version', () => {
    const reading = readIdList('2311.12424v1\nhttps://arxiv.org/abs/2311.12424v3\n2311.12424', NOW);
    expect(reading.papers).toHaveLength(1);
    expect(reading.papers[0]?.version).toBe('v3');
  });

  it('never throws on damaged lists, and gives only valid arXiv papers', () => {
    const list = ['2311.12424', 'arXiv:2401.00001v3', 'https://arxiv.org/abs/hep-th/9711200', 'https://huggingface.co/papers/2402.03300', '10.48550/arXiv.2405.04434'].join('\n');
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 10 }), insert: fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('%', '%E0', ',', '\n', '/', 'v', '.', 'arXiv:', 'https://')) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let text = list;
        for (const { at, cut, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        const reading = readIdList(text, NOW);
        for (const p of reading.papers) {
          expect(p.id).toBe(`arxiv:${p.arxivId}`);
          expect(validatePaper(p)).toEqual(p);
        }
        expect(new Set(reading.papers.map((p) => p.id)).size).toBe(reading.papers.length);
      }),
      { numRuns: 3_000 },
    );
  }, FUZZ);
});

describe('which format a file is', () => {
  const library = writeLibraryFile(goldenPapers().slice(0, 3), [], new Date(NOW));
  it.each([
    ['a Paperdex library', library, undefined, 'paperdex'],
    ['a truncated Paperdex library', library.slice(0, 500), undefined, 'paperdex'],
    ['any .json file, so the reader can say why it is not a library', '{"hello": 1}', 'notes.json', 'paperdex'],
    ['Paperdex BibTeX', writeBibtex(goldenPapers().slice(0, 3)), undefined, 'bibtex'],
    ['a Zotero export', readFileSync(join(ROOT, 'tests/fixtures/import/zotero.bib'), 'utf8'), undefined, 'bibtex'],
    ['a .bib file of anything', 'not much here', 'refs.bib', 'bibtex'],
    ['a saved page', readFileSync(join(PAGES_DIR, 'hf-daily.html'), 'utf8'), undefined, 'html'],
    ['an HTML fragment', '<div class="paper"><a href="/papers/2311.12424">Looped</a></div>', undefined, 'html'],
    ['a list of ids', '2311.12424\nhttps://arxiv.org/abs/2401.00001\n\narXiv:2312.00752', undefined, 'ids'],
    ['a list of ids with a heading', '# to read\n2311.12424\n2401.00001\n2312.00752\n2310.06825', 'list.txt', 'ids'],
    ['a digest citing arXiv ids', readSource(readGolden('seed-003')), undefined, 'text'],
    ['a pasted digest', readSource(readGolden('seed-000')), undefined, 'text'],
    ['an e-mail with an @ in it', 'Write to ana@example.org {today}', undefined, 'text'],
  ])('%s', (_, text, filename, format) => {
    expect(detectFormat(text, filename)).toBe(format);
  });
});

describe('a Paperdex library file', () => {
  const papers = goldenPapers().slice(0, 20);
  const sightings: Sighting[] = papers.map((p, i) => ({
    key: `${p.id} 2025-12-08 https://huggingface.co/papers`,
    paperId: p.id,
    pageUrl: 'https://huggingface.co/papers',
    pageKind: 'hf-daily',
    site: 'huggingface.co',
    position: i + 1,
    seenAt: p.firstSeenAt,
  }));

  it('reads back everything in a whole file, as the library file reader does', () => {
    const text = writeLibraryFile(papers, sightings, new Date(NOW));
    expect(readPaperdex(text)).toEqual({ format: 'paperdex', papers, sightings, invalid: [] });
  });

  it('names every record left out, where it is and why', () => {
    const [first] = papers as [Paper];
    const broken = [
      first,
      { ...first, id: 'not-an-id' },
      { ...first, id: 'arxiv:2401.00001', firstSeenAt: 'yesterday' },
      { ...first, id: 'arxiv:2401.00002', tags: [1, 2] },
      { ...first, id: 'arxiv:2401.00003', upvotes: -3 },
      { ...first, id: 'arxiv:2401.00004', lastSeenAt: undefined },
      { ...first, id: 'arxiv:2401.00005', authors: 'Ada' },
      'a string',
    ];
    const text = JSON.stringify({ format: 'paperdex-library', version: 1, papers: broken, sightings: [sightings[0], { key: 'x' }, { ...sightings[0], paperId: 'x' }] });
    const reading = readPaperdex(text);
    expect(reading.papers).toEqual([first]);
    expect(reading.sightings).toEqual([sightings[0]]);
    expect(reading.invalid).toEqual([
      { where: 'paper 2 (not-an-id)', reason: 'id "not-an-id" is neither arxiv:… nor title:…' },
      { where: 'paper 3 (arxiv:2401.00001)', reason: 'firstSeenAt is not a number' },
      { where: 'paper 4 (arxiv:2401.00002)', reason: 'tags is not a list of text' },
      { where: 'paper 5 (arxiv:2401.00003)', reason: 'upvotes is negative' },
      { where: 'paper 6 (arxiv:2401.00004)', reason: 'no lastSeenAt' },
      { where: 'paper 7 (arxiv:2401.00005)', reason: 'authors is not a list of text' },
      { where: 'paper 8', reason: 'not a paper record' },
      { where: 'sighting 2', reason: 'no known pageKind' },
      { where: 'sighting 3 (x)', reason: 'paperId "x" is neither arxiv:… nor title:…' },
    ]);
  });

  it.each([
    ['a truncated file', (text: string) => text.slice(0, text.length / 2), 'not valid JSON (is it complete?)'],
    ['another JSON file', () => JSON.stringify({ hello: 'world' }), 'not a Paperdex library export'],
    ['a newer format', (text: string) => text.replace('"version":1', '"version":9'), 'written by a newer Paperdex (format 9)'],
    ['no papers', () => JSON.stringify({ format: 'paperdex-library', version: 1 }), 'no list of papers'],
  ])('refuses %s whole, saying why', (_, corrupt, reason) => {
    const reading = readPaperdex(corrupt(writeLibraryFile(papers, sightings, new Date(NOW))));
    expect(reading).toEqual({ format: 'paperdex', papers: [], sightings: [], invalid: [{ where: 'file', reason }] });
  });

  it('keeps exactly the records the library file reader keeps, and names each one it skips', () => {
    const fields = ['id', 'firstSeenAt', 'lastSeenAt', 'sites', 'tags', 'note', 'title', 'upvotes', 'authors', 'categories', 'abstract'];
    const junk = fc.constantFrom<unknown>(undefined, null, -1, 'x', Infinity, [], {}, [1], 'title:', NaN, true);
    const damage = fc.array(fc.record({ record: fc.nat({ max: papers.length - 1 }), field: fc.constantFrom(...fields), value: junk }), { maxLength: 6 });
    fc.assert(
      fc.property(damage, (edits) => {
        const records: Record<string, unknown>[] = papers.map((p) => ({ ...p }));
        for (const { record, field, value } of edits) records[record]![field] = value;
        const text = JSON.stringify({ format: 'paperdex-library', version: 1, papers: records, sightings });
        const ours = readPaperdex(text);
        const theirs = readLibraryFile(text);
        if (!theirs.ok) throw new Error(theirs.error);
        expect(ours.papers).toEqual(theirs.papers);
        expect(ours.sightings).toEqual(theirs.sightings);
        expect(ours.invalid).toHaveLength(papers.length - theirs.papers.length);
        for (const problem of ours.invalid) expect(problem.reason).not.toBe('not a valid paper record');
      }),
      { numRuns: 1_000 },
    );
  }, FUZZ);
});

describe('a digest', () => {
  it.each(seedGoldenNames())('reads %s as pasted text: its papers, one sighting each', (name) => {
    const golden = readGolden(name);
    const reading = readDigestText(readSource(golden), CAPTURED_AT.getTime());
    const ids = [...new Set(golden.entries.map((entry) => entry.id))];
    expect(reading.format).toBe('digest');
    expect(reading.invalid).toEqual([]);
    expect(reading.papers.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(reading.sightings.map((s) => s.paperId).sort()).toEqual([...ids].sort());
    for (const s of reading.sightings) expect(s).toMatchObject({ pageKind: 'text', pageUrl: '', seenAt: CAPTURED_AT.getTime() });
    for (const p of reading.papers) expect(validatePaper(p)).toEqual(p);
    for (const s of reading.sightings) expect(validateSighting(s)).toEqual(s);
  });

  it('records a text file as a file: page', () => {
    const reading = readDigestText(readSource(readGolden('seed-000')), NOW, 'my digest.txt');
    expect(new Set(reading.sightings.map((s) => s.pageUrl))).toEqual(new Set(['file:///my%20digest.txt']));
  });

  it('says when the text holds no papers', () => {
    expect(readDigestText('Nothing to see.', NOW).invalid).toEqual([{ where: 'text', reason: 'no papers found' }]);
  });

  it('turns a saved page, parsed with a DOM, into papers and sightings of that page', () => {
    const golden = readGolden('hf-daily');
    const result = parsePage({ url: golden.url, document: loadHtml(readSource(golden)), now: CAPTURED_AT });
    const reading = readDigestEntries(result.entries, result.page, NOW);
    expect(reading.papers.map((p) => p.id)).toEqual(golden.entries.map((entry) => entry.id));
    expect(reading.papers.every((p) => p.sites.includes('huggingface.co'))).toBe(true);
    expect(reading.sightings.map((s) => [s.pageKind, s.date, s.position])).toEqual(
      golden.entries.map((_, i) => ['hf-daily', '2023-11-22', i + 1]),
    );
    expect(reading.sightings.every((s) => s.upvotes !== undefined)).toBe(true);
  });

  it('never throws on damaged text', () => {
    const seed = readSource(readGolden('seed-003')).slice(0, 6_000);
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 200 }), insert: fc.string({ unit: 'grapheme', maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = seed;
        for (const { at, cut, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        const reading = readDigestText(text, NOW);
        for (const p of reading.papers) expect(validatePaper(p)).toEqual(p);
        expect(reading.sightings.length).toBe(reading.papers.length);
      }),
      { numRuns: 500 },
    );
  }, FUZZ);
});
