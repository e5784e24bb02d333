/**
 * BibTeX import: real exports of Zotero, Google Scholar and arXiv, a hand-kept file with every syntax
 * BibTeX allows, Paperdex's own export read back, and thousands of damaged files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Creator } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBibtex } from '../../src/core/formats/bibtex-read.js';
import { writeBibtex } from '../../src/core/formats/bibtex-write.js';
import type { ImportReading } from '../../src/core/import-types.js';
import { validatePaper } from '../../src/core/library-file.js';
import type { Paper } from '../../src/core/paper.js';
import { titleKey } from '../../src/core/paper-key.js';
import { normalizeTitle } from '../../src/core/text.js';
import { normaliseTags } from '../../src/core/validate-entry.js';
import { goldenPapers } from './support/formats-library.js';
import { ROOT } from './support/golden.js';

const NOW = Date.UTC(2026, 10, 29, 12);

function fixture(name: string): string {
  return readFileSync(join(ROOT, 'tests/fixtures/import', name), 'utf8');
}

function byId(reading: ImportReading): Map<string, Paper> {
  return new Map(reading.papers.map((paper) => [paper.id, paper]));
}

function paper(fields: Partial<Paper>): Paper {
  return { id: 'title:0000000000000000', sites: [], firstSeenAt: 0, lastSeenAt: 0, updatedAt: 0, tags: [], note: '', ...fields };
}

/** A name as Zotero's parser gives it, in the composed Unicode form Paperdex stores (`ü`, not `u` + `¨`). */
function nameOf(creator: Creator): string {
  return (creator.name ?? [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ')).normalize('NFC');
}

/** Per-test timeout for the property tests, in milliseconds: thousands of files on a shared 2-core machine. */
const FUZZ = 60_000;

describe('a Zotero export', () => {
  const reading = readBibtex(fixture('zotero.bib'), NOW);
  const papers = byId(reading);

  it('gives every entry as a paper, nothing left out', () => {
    expect(reading.format).toBe('bibtex');
    expect(reading.invalid).toEqual([]);
    expect(reading.papers).toHaveLength(5);
    expect(reading.sightings).toEqual([]);
  });

  it('finds the arXiv id in the arXiv DOI and URL, and reads the fields a person sees', () => {
    expect(papers.get('arxiv:2311.12424')).toEqual({
      id: 'arxiv:2311.12424',
      arxivId: '2311.12424',
      title: 'Looped Transformers are Better at Learning Learning Algorithms',
      titleKey: titleKey('Looped Transformers are Better at Learning Learning Algorithms'),
      authors: ['Liu Yang', 'Kangwook Lee', 'Robert Nowak', 'Dimitris Papailiopoulos'],
      publishedAt: '2023-11',
      abstract: expect.stringMatching(/^Transformers have demonstrated effectiveness .* traditional machine learning methods\.$/),
      url: 'http://arxiv.org/abs/2311.12424',
      // Zotero's "arXiv:2311.12424 [cs]" note is its own bookkeeping; arXiv's comment is the paper's.
      arxivComment: '19 pages, 11 figures',
      note: '',
      tags: ['computer-science---machine-learning', 'to-read'],
      sites: [],
      firstSeenAt: NOW,
      lastSeenAt: NOW,
      updatedAt: NOW,
    });
  });

  it('gives a paper without an arXiv id its title key, accents and the person\'s annotation', () => {
    const causal = papers.get(titleKey('Toward Causal Representation Learning'));
    expect(causal?.authors?.[0]).toBe('Bernhard Schölkopf');
    expect(causal?.note).toBe('Read for the causality reading group. The section on “independent mechanisms” is the core & worth re-reading.');
    expect(causal?.url).toBe('https://ieeexplore.ieee.org/document/9363924');
    expect(papers.get('arxiv:1706.03762')?.authors).toContain('Łukasz Kaiser');
    expect(papers.get(titleKey('Deep Learning'))).toMatchObject({ publishedAt: '2016', tags: ['textbook'] });
  });

  it('agrees with Zotero\'s own parser on every title and author', () => {
    const reference = parse(fixture('zotero.bib'), { english: false, sentenceCase: false });
    expect(reference.errors).toEqual([]);
    expect(reading.papers.map((p) => [p.title, p.authors])).toEqual(
      reference.entries.map((entry) => [entry.fields.title?.normalize('NFC'), entry.fields.author?.map(nameOf)]),
    );
  });
});

describe('Google Scholar and arXiv "Export BibTeX"', () => {
  const reading = readBibtex(fixture('scholar-arxiv.bib'), NOW);
  const papers = byId(reading);

  it('finds the arXiv id in "arXiv preprint arXiv:…", in eprint, and in old-style ids', () => {
    expect(reading.invalid).toEqual([]);
    expect(papers.get('arxiv:1810.04805')?.title).toBe('Bert: Pre-training of deep bidirectional transformers for language understanding');
    expect(papers.get('arxiv:2311.12424')).toMatchObject({ categories: ['cs.LG'], url: 'https://arxiv.org/abs/2311.12424', publishedAt: '2023' });
    expect(papers.get('arxiv:2412.06289')).toMatchObject({ version: 'v2', title: 'S$^{2}$FT: Efficient, Scalable and Generalizable LLM Fine-tuning by Structured Sparsity' });
    expect(papers.get('arxiv:hep-th/9711200')?.authors).toEqual(['Juan Maldacena']);
    // A conference paper without arXiv id is known by its title.
    expect(papers.get(titleKey('Attention is all you need'))?.authors).toHaveLength(8);
  });

  it('agrees with Zotero\'s own parser on every title without math, and every author', () => {
    const reference = parse(fixture('scholar-arxiv.bib'), { english: false, sentenceCase: false });
    expect(reference.errors).toEqual([]);
    reference.entries.forEach((entry, i) => {
      const ours = reading.papers[i]!;
      if (!ours.title!.includes('$')) expect(ours.title).toBe(entry.fields.title);
      expect(ours.authors).toEqual(entry.fields.author?.map(nameOf));
    });
  });
});

describe('a hand-kept file', () => {
  const reading = readBibtex(fixture('handwritten.bib'), NOW);
  const papers = byId(reading);

  it('reads @string macros joined with #, month macros, quotes, parentheses and bare numbers', () => {
    expect(papers.get('arxiv:1412.6980')).toMatchObject({
      title: 'Adam: A Method for Stochastic Optimization',
      authors: ['Diederik P. Kingma', 'Jimmy Ba'],
      publishedAt: '2015-05',
      tags: ['optimisation', 'reading-group'],
      note: 'Default optimiser in every baseline – check the $\\epsilon$ setting.',
    });
    expect(papers.get('arxiv:1409.0473')).toMatchObject({ version: 'v7', authors: ['Dzmitry Bahdanau', 'Kyunghyun Cho', 'Yoshua Bengio'] });
    expect(papers.get('arxiv:2001.08361')).toMatchObject({ title: 'Scaling Laws for Neural Language Models', categories: ['cs.LG'] });
  });

  it('turns TeX accents and commands into the letters they stand for, and keeps math', () => {
    const erdos = reading.papers.find((p) => p.title?.startsWith('Über'));
    expect(erdos?.title).toBe('Über die Größe von Graphen: naïve Schranken für Erdős–Rényi');
    expect(erdos?.authors).toEqual(['Pál Erdős', 'Alfréd Rényi', 'The Hungarian Graph Theory Group']);
    expect(erdos?.authorCount).toBeUndefined();
    expect(erdos?.publishedAt).toBe('2019-11');
    expect(erdos?.abstract).toBe('We show that a naïve bound is tight up to a factor of $\\log n$ for 50% of graphs & discuss à la Bollobás.');
  });

  it('lists the unclosed entry and the entry without title or id, and still reads the rest', () => {
    expect(reading.invalid).toEqual([
      { where: 'entry 3 (broken2020)', reason: expect.stringMatching(/not closed.*line 31/) },
      { where: 'entry 4 (noinfo2021)', reason: 'no title and no arXiv id' },
    ]);
    expect(reading.papers).toHaveLength(4);
  });
});

describe('BibTeX syntax', () => {
  it('expands @string macros, also inside later ones, and joins parts with #', () => {
    const reading = readBibtex(
      [
        '@string{ai = "Artificial"}',
        '@STRING{aiplus = ai # " Intelligence"}',
        '@misc{x, title = aiplus # " " # {{for} All}, month = dec, year = 2020}',
      ].join('\n'),
      NOW,
    );
    expect(reading.papers.map((p) => [p.title, p.publishedAt])).toEqual([['Artificial Intelligence for All', '2020-12']]);
  });

  it('reads a quote inside braces within a quoted value, and () around an entry with ) in its values', () => {
    const reading = readBibtex('@article(k, title = "A {"quoted"} word (and more)", year = "2021")', NOW);
    expect(reading.papers[0]?.title).toBe('A "quoted" word (and more)');
  });

  it('makes one paper of two entries for the same arXiv paper, with the tags and notes of both', () => {
    const reading = readBibtex(
      [
        '@misc{a, title = {Looped}, eprint = {2311.12424}, archivePrefix = {arXiv}, keywords = {rl}}',
        '@inproceedings{b, title = {Looped Transformers}, url = {https://arxiv.org/abs/2311.12424}, keywords = {iclr}, note = {Published version}}',
      ].join('\n'),
      NOW,
    );
    expect(reading.invalid).toEqual([]);
    expect(reading.papers).toHaveLength(1);
    expect(reading.papers[0]).toMatchObject({ id: 'arxiv:2311.12424', tags: ['rl', 'iclr'], note: 'Published version' });
  });

  it('skips % comment lines between fields, as biber does', () => {
    const reading = readBibtex('@misc{k,\n  title = {Kept},\n  % year = {1999},\n  year = {2020}\n}', NOW);
    expect(reading.invalid).toEqual([]);
    expect(reading.papers[0]).toMatchObject({ title: 'Kept', publishedAt: '2020' });
  });

  it('does not take another archive\'s eprint for an arXiv id', () => {
    const reading = readBibtex('@misc{k, title = {A Bio Paper}, eprint = {2311.12424}, archivePrefix = {bioRxiv}}', NOW);
    expect(reading.papers[0]?.id).toBe(titleKey('A Bio Paper'));
  });
});

describe('Paperdex\'s own BibTeX, imported', () => {
  it('gives back the ids, titles, authors, tags and notes of the seeds and saved pages', () => {
    const original = goldenPapers();
    const reading = readBibtex(writeBibtex(original), NOW);
    expect(reading.invalid).toEqual([]);
    expect(reading.papers.map((p) => [p.id, p.title, p.authors, p.tags, p.note, p.arxivId, p.categories?.[0]])).toEqual(
      original.map((p) => [p.id, p.title, p.authors, p.tags, p.note, p.arxivId, p.categories?.[0]]),
    );
  });

  it('gives back any title, author, tag and note', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const odd = (...extra: string[]) =>
      fc.array(fc.oneof(text, fc.constantFrom('{', '}', '$', '$\\alpha$', '%', '&', '~', '--', "''", ' and ', ',', ...extra)), { maxLength: 12 }).map((parts) => parts.join(''));
    const arb = fc.record({
      // A backslash in a title starts TeX (`10\%` is read as "10%"), tested on its own below.
      title: odd(),
      authors: fc.array(odd('\\', '\\%', '\\emph{x}'), { maxLength: 4 }),
      tags: fc.array(text, { maxLength: 4 }),
      note: odd('\\', '\\%', '\\emph{x}'),
    });
    const clean = (value: string): string =>
      value.replace(/(?![\t\n\v\f\r])\p{Cc}/gu, '').replace(/\s+/g, ' ').trim().normalize('NFC');
    fc.assert(
      fc.property(arb, ({ title, authors, tags, note }) => {
        // A paper without arXiv id is known by its title: one with nothing to key on cannot be in a library.
        fc.pre(normalizeTitle(title) !== '');
        const tagList = normaliseTags(tags.map((tag) => tag.normalize('NFC')).filter((tag) => !/[,;]/.test(tag)));
        const names = authors.map(clean).filter(Boolean);
        const reading = readBibtex(writeBibtex([paper({ title, authors, tags: tagList, note })]), NOW);
        expect(reading.invalid).toEqual([]);
        const [back] = reading.papers;
        expect(back?.title).toBe(clean(title));
        expect(back?.authors ?? []).toEqual(names);
        expect(back?.tags).toEqual(tagList);
        expect(back?.note).toBe(clean(note));
      }),
      { numRuns: 1_500 },
    );
  }, FUZZ);
});

describe('TeX in titles and abstracts', () => {
  it('comes back as the text it stands for', () => {
    const title = 'Gains of 10\\% \\& more: na\\"{\\i}ve \\emph{looped} models \\`a la carte at $\\mathcal{O}(n)$, \\{x\\}';
    const [back] = readBibtex(writeBibtex([paper({ title, abstract: title })]), NOW).papers;
    expect(back?.title).toBe('Gains of 10% & more: naïve looped models à la carte at $\\mathcal{O}(n)$, {x}');
    expect(back?.abstract).toBe(back?.title);
  });
});

describe('damaged BibTeX', () => {
  const exported = writeBibtex(goldenPapers().slice(0, 12));
  const exportedIds = readBibtex(exported, NOW).papers.map((p) => p.id);

  it('loses only the entry whose closing brace is missing', () => {
    const entries = exported.split('\n\n');
    const damaged = entries.map((entry, i) => (i === 7 ? entry.replace(/\}\s*$/, '') : entry)).join('\n\n');
    const reading = readBibtex(damaged, NOW);
    expect(reading.invalid).toEqual([{ where: expect.stringMatching(/^entry 8 \(/), reason: expect.stringMatching(/not closed/) }]);
    expect(reading.papers.map((p) => p.id)).toEqual(exportedIds.filter((_, i) => i !== 7));
  });

  it('reads the same papers with any text between the entries', () => {
    const junk = fc.string({ unit: 'grapheme', maxLength: 40 }).map((text) => text.replace(/@/g, ' at '));
    fc.assert(
      fc.property(fc.array(junk, { minLength: 13, maxLength: 13 }), (gaps) => {
        const entries = exported.split('\n\n');
        const text = entries.map((entry, i) => `${gaps[i]}\n${entry}\n`).join('') + gaps[12];
        expect(readBibtex(text, NOW).papers.map((p) => p.id)).toEqual(exportedIds);
      }),
      { numRuns: 300 },
    );
  }, FUZZ);

  it('never throws and gives only valid papers, whatever is cut, repeated or inserted', () => {
    const samples = [exported, fixture('zotero.bib'), fixture('scholar-arxiv.bib'), fixture('handwritten.bib')];
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom('{', '}', '"', '@', '@misc{', ',', '=', '#', '\\', '\n@article(', '$', '\\"', '{\\', '%'),
      ),
    });
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, edits) => {
        let text = samples[which]!;
        for (const { at, cut, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        const reading = readBibtex(text, NOW);
        expect(reading.format).toBe('bibtex');
        expect(new Set(reading.papers.map((p) => p.id)).size).toBe(reading.papers.length);
        for (const p of reading.papers) expect(validatePaper(p)).toEqual(p);
        for (const problem of reading.invalid) expect(problem.where && problem.reason).toBeTruthy();
      }),
      { numRuns: 2_000 },
    );
  }, FUZZ);

  it('reads any text at all without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const reading = readBibtex(text, NOW);
        expect(Array.isArray(reading.papers) && Array.isArray(reading.invalid)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  }, FUZZ);

  it('says when a file holds no entries at all', () => {
    expect(readBibtex('Just some notes, no references here.', NOW).invalid).toEqual([{ where: 'file', reason: 'no BibTeX entries found' }]);
    expect(readBibtex('', NOW).invalid).toEqual([]);
  });
});
