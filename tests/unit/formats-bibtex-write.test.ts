/**
 * BibTeX export, checked by the parser Zotero's Better BibTeX imports with: every file it writes parses
 * without an error and gives back each paper's title, authors, arXiv fields, tags and note.
 */
import { parse, type Creator, type Entry as BibEntry } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeBibtex } from '../../src/core/formats/bibtex-write.js';
import type { Paper } from '../../src/core/paper.js';
import { goldenPapers } from './support/formats-library.js';

/** Zotero's reading without its English title re-casing, so titles compare as written. */
function zotero(bib: string) {
  return parse(bib, { english: false, sentenceCase: false });
}

/** Per-test timeout for the property tests, in milliseconds: thousands of files on a shared 2-core machine. */
const FUZZ = 60_000;

function paper(fields: Partial<Paper>): Paper {
  return { id: 'title:0000000000000000', sites: [], firstSeenAt: 0, lastSeenAt: 0, updatedAt: 0, tags: [], note: '', ...fields };
}

function nameOf(creator: Creator): string {
  return creator.name ?? [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ');
}

/** BibTeX counts every brace, escaped or not: each must close one opened before it. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

function titleOf(title: string): string | undefined {
  const library = zotero(writeBibtex([paper({ title })]));
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!.fields.title;
}

describe('BibTeX export of the seeds and saved pages', () => {
  const papers = goldenPapers();
  const bib = writeBibtex(papers);
  const library = zotero(bib);
  const entries = new Map<Paper, BibEntry>(papers.map((p, i) => [p, library.entries[i]!]));

  it('parses without an error, one entry per paper, keys unique and ASCII', () => {
    expect(papers.length).toBeGreaterThan(250);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(papers.length);
    const keys = library.entries.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9]*$/);
    expect(bracesBalance(bib)).toBe(true);
  });

  it('gives back every title without math exactly, and every arXiv paper as arXiv exports it', () => {
    for (const [p, entry] of entries) {
      if (p.title && !p.title.includes('$')) expect(entry.fields.title).toBe(p.title);
      if (!p.arxivId) {
        expect(entry.fields.eprint).toBeUndefined();
        continue;
      }
      expect(entry.type).toBe('misc');
      expect(entry.fields.eprint).toBe(p.arxivId);
      expect(entry.fields.archiveprefix).toBe('arXiv');
      expect(entry.fields.url).toBe(`https://arxiv.org/abs/${p.arxivId}`);
      expect(entry.fields.doi).toBe(`10.48550/arXiv.${p.arxivId}`);
      expect(entry.fields.primaryclass).toBe(p.categories?.[0]);
      expect(entry.fields.year).toMatch(/^(19|20)\d\d$/);
    }
  });

  it('gives back the authors, with "others" when the page named only some of them', () => {
    let withOthers = 0;
    for (const [p, entry] of entries) {
      const names = (entry.fields.author ?? []).map(nameOf);
      const more = (p.authorCount ?? 0) > (p.authors?.length ?? 0) && (p.authors?.length ?? 0) > 0;
      expect(names).toEqual([...(p.authors ?? []), ...(more ? ['others'] : [])]);
      if (more) withOthers++;
    }
    expect(withOthers).toBeGreaterThan(0);
  });

  it('gives back tags as keywords and the note', () => {
    for (const [p, entry] of entries) {
      expect([...(entry.fields.keywords ?? [])].sort()).toEqual([...p.tags].sort());
      expect(entry.fields.note).toBe(p.note || undefined);
    }
  });

  it('writes the TeX of arXiv abstracts as TeX: Zotero reads "10%" and italics, not backslashes', () => {
    const [looped, entry] = [...entries].find(([p]) => p.arxivId === '2311.12424')!;
    expect(looped.abstract).toContain('\\emph{looped}');
    expect(looped.abstract).toContain('10\\%');
    expect(bib).toContain('\\emph{looped}');
    expect(entry.fields.abstract).toContain('less than 10% of the parameter count');
    expect(entry.fields.abstract).not.toContain('\\');
  });
});

describe('BibTeX escaping', () => {
  it.each([
    'R&D at 50% of $5, #1 on the leaderboard_v2',
    'Braces {unbalanced and \\ backslashes \\alpha',
    'One } closing brace',
    'Tilde ~ and caret ^ and <angle> and a|b',
    "Dashes -- and --- and quotes `` '' are not ligatures here",
    'Ünïcödé, 中文标题, emoji 🙂 and a combining e\u0301',
    'A title ending in a backslash \\',
    '@misc{injected, title = {x}}',
  ])('gives back %j exactly', (title) => {
    expect(titleOf(title)).toBe(title);
  });

  it('keeps escapes, accents and emphasis written in TeX as TeX', () => {
    const bib = writeBibtex([paper({ title: 'Gains of 10\\% \\& more: na\\"{\\i}ve \\emph{looped} models \\`a la carte' })]);
    expect(bib).toContain('title = {Gains of 10\\% \\& more: na\\"{\\i}ve \\emph{looped} models \\`a la carte}');
    const library = zotero(bib);
    expect(library.errors).toEqual([]);
    expect(library.entries[0]!.fields.title?.normalize('NFC')).toMatch(/^Gains of 10% & more: na.*ve <i>looped<\/i> models à la carte$/);
  });

  it('keeps plain math as TeX, so LaTeX typesets it', () => {
    const bib = writeBibtex([paper({ title: 'S$^{2}$FT and $\\alpha$-divergences at $\\mathcal{O}(n)$ cost' })]);
    expect(bib).toContain('$^{2}$');
    expect(bib).toContain('$\\alpha$');
    // \mathcal is not known to Zotero's importer: written as text, it arrives as the title shows it.
    expect(bib).not.toContain('$\\mathcal');
    expect(zotero(bib).errors).toEqual([]);
    expect(zotero(bib).entries[0]!.fields.title).toBe('S²FT and α-divergences at $\\mathcal{O}(n)$ cost');
  });

  it('does not take prices for math', () => {
    expect(titleOf('From $5 to $10 per query')).toBe('From $5 to $10 per query');
    expect(titleOf('$5 and $6')).toBe('$5 and $6');
  });

  it('protects acronyms and inner capitals from re-casing, not ordinary capitalised words', () => {
    const bib = writeBibtex([paper({ title: 'Looped Transformers: BERT, LoRA and GPT-4o on ImageNet' })]);
    expect(bib).toContain('title = {Looped Transformers: {BERT}, {LoRA} and {GPT}-4o on {ImageNet}}');
    const recased = parse(bib).entries[0]!.fields.title;
    expect(recased).toContain('BERT');
    expect(recased).toContain('LoRA');
    expect(recased).toContain('ImageNet');
  });

  it('gives back any title, however odd, and always parses', () => {
    const odd = fc.constantFrom(...'{}\\$%&#_~^<>|`\'"-@,= \t\n'.split(''), '$\\alpha$', '\\emph{x}', '--', "''", 'É', '\u00a0');
    const title = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.array(fc.oneof(odd, fc.string({ maxLength: 3 })), { maxLength: 25 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(title, (raw) => {
        const bib = writeBibtex([paper({ title: raw, abstract: raw, note: raw, authors: [raw] })]);
        expect(bracesBalance(bib)).toBe(true);
        const library = zotero(bib);
        expect(library.errors).toEqual([]);
        expect(library.entries).toHaveLength(1);
        const fields = library.entries[0]!.fields;
        const expected = raw.replace(/(?![\t\n\v\f\r])\p{Cc}/gu, '').replace(/\s+/g, ' ').trim();
        if (expected === '') return;
        // The person's own text is never TeX: it comes back as written.
        expect(fields.note).toBe(expected);
        // A title's dollars may pair up as math and its backslashes start TeX, which Zotero renders.
        if (!/[$\\]/.test(raw)) expect(fields.title).toBe(expected);
      }),
      { numRuns: 1_000 },
    );
  }, FUZZ);
});

describe('citation keys', () => {
  const keysOf = (papers: Paper[]): string[] => zotero(writeBibtex(papers)).entries.map((entry) => entry.key);

  it('are last name, year and first significant title word', () => {
    expect(
      keysOf([
        paper({ arxivId: '2311.12424', authors: ['Liu Yang', 'Kangwook Lee'], title: 'Looped Transformers are Better' }),
        paper({ authors: ['Bernhard Schölkopf'], publishedAt: '2021-05', title: 'Toward Causal Representation Learning' }),
        paper({ authors: ['李 明'], publishedAt: '2024', title: 'A Survey of Everything' }),
        paper({ arxivId: '2401.00001' }),
      ]),
    ).toEqual(['yang2023looped', 'scholkopf2021causal', 'paper2024survey', 'arxiv240100001']);
  });

  it('get a, b, c … when they would repeat', () => {
    const same = paper({ authors: ['Ada Smith'], publishedAt: '2020', title: 'Deep Nets' });
    expect(keysOf([same, same, same, paper({ authors: ['Ada Smith'], publishedAt: '2020', title: 'Deepa Nets' })])).toEqual([
      'smith2020deep',
      'smith2020deepa',
      'smith2020deepb',
      'smith2020deepaa',
    ]);
  });

  it('stay unique over thousands of colliding papers', () => {
    const many = Array.from({ length: 2_000 }, () => paper({ authors: ['Ada Smith'], publishedAt: '2020', title: 'Deep' }));
    expect(new Set(keysOf(many)).size).toBe(2_000);
  }, FUZZ);
});

describe('what a paper without a full record gets', () => {
  it('takes year and month from a new-style arXiv id when no date is known', () => {
    const entry = zotero(writeBibtex([paper({ arxivId: '2311.12424', title: 'T' })])).entries[0]!;
    expect([entry.fields.year, entry.fields.month]).toEqual(['2023', '11']);
  });

  it('writes a title-only paper as @misc with its link and where it was seen, no arXiv fields', () => {
    const bib = writeBibtex([paper({ title: 'A Blog Post', url: 'https://example.org/post?a=1&b={2}', sites: ['example.org'] })]);
    const entry = zotero(bib).entries[0]!;
    expect(entry.type).toBe('misc');
    expect(entry.fields.url).toBe('https://example.org/post?a=1&b=%7B2%7D');
    expect(entry.fields.howpublished).toBe('example.org');
    expect(entry.fields.eprint).toBeUndefined();
  });

  it('does not write a javascript: link', () => {
    expect(writeBibtex([paper({ title: 'T', url: 'javascript:alert(1)' })])).not.toContain('javascript');
  });

  it('keeps names with a comma or "and" in them whole', () => {
    const entry = zotero(writeBibtex([paper({ title: 'T', authors: ['Smith, Jr., John', 'Barnes and Noble', 'Ada Lovelace'] })])).entries[0]!;
    expect((entry.fields.author ?? []).map(nameOf)).toEqual(['Smith, Jr., John', 'Barnes and Noble', 'Ada Lovelace']);
  });

  it('writes nothing for no papers', () => {
    expect(writeBibtex([])).toBe('');
  });
});
