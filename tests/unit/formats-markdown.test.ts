/** The Markdown reading list: what to read first, ticked when read, and links no title can break. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../src/core/formats/export-file.js';
import { writeMarkdown } from '../../src/core/formats/markdown-write.js';
import { readLibraryFile } from '../../src/core/library-file.js';
import type { Paper, Sighting } from '../../src/core/paper.js';
import { goldenPapers } from './support/formats-library.js';

const NOW = new Date('2026-11-29T10:00:00Z');

function paper(fields: Partial<Paper>): Paper {
  return { id: 'title:0000000000000000', sites: [], firstSeenAt: 0, lastSeenAt: 0, updatedAt: 0, tags: [], note: '', ...fields };
}

/**
 * A task-list item as CommonMark reads it: `- [ ] ` or `- [x] `, then `[text](destination)` where the
 * text's brackets are balanced or backslash-escaped, and the destination has no space or unbalanced
 * parenthesis. Gives the text with backslash escapes resolved, as a renderer shows it.
 */
function linkOf(line: string): { done: boolean; text: string; url: string; rest: string } | undefined {
  const match = /^- \[( |x)\] \[((?:\\[!-/:-@[-`{-~]|[^\\[\]])*)\]\(([^\s()<>]*)\)(.*)$/u.exec(line);
  if (!match) return undefined;
  return { done: match[1] === 'x', text: match[2]!.replace(/\\([!-/:-@[-`{-~])/g, '$1'), url: match[3]!, rest: match[4]! };
}

describe('Markdown reading list', () => {
  // Papers known only by title have no link of their own from the golden files; give them one.
  const papers = goldenPapers().map((p) => ({ ...p, url: p.url ?? `https://example.org/papers/${p.id}` }));
  const text = writeMarkdown(papers, NOW);
  const lines = text.split('\n');

  it('lists the papers to read first, then the read ones, ticked', () => {
    const toRead = lines.indexOf(`## To read (${papers.filter((p) => p.readAt === undefined).length})`);
    const read = lines.indexOf(`## Read (${papers.filter((p) => p.readAt !== undefined).length})`);
    expect(lines[0]).toBe('# Reading list');
    expect(toRead).toBeGreaterThan(0);
    expect(read).toBeGreaterThan(toRead);
    const items = lines.map(linkOf);
    expect(items.filter(Boolean)).toHaveLength(papers.length);
    expect(items.slice(toRead, read).filter(Boolean).every((item) => !item!.done)).toBe(true);
    expect(items.slice(read).filter(Boolean).every((item) => item!.done)).toBe(true);
  });

  it('links every paper under its exact title', () => {
    const shown = lines.map(linkOf).filter((item) => item !== undefined);
    const titles = new Set(papers.map((p) => p.title ?? `arXiv:${p.arxivId}`));
    expect(shown).toHaveLength(papers.length);
    for (const item of shown) expect(titles.has(item.text)).toBe(true);
  });

  it('writes each item as title, authors, year and tags', () => {
    const line = writeMarkdown(
      [
        paper({
          arxivId: '2311.12424',
          title: 'Looped Transformers are Better at Learning Learning Algorithms',
          authors: ['Liu Yang', 'Kangwook Lee', 'Robert Nowak', 'Dimitris Papailiopoulos'],
          publishedAt: '2023-11-21',
          tags: ['reading-group', 'rl'],
        }),
      ],
      NOW,
    ).split('\n').find((l) => l.startsWith('- '));
    expect(line).toBe(
      '- [ ] [Looped Transformers are Better at Learning Learning Algorithms](https://arxiv.org/abs/2311.12424) — Liu Yang, Kangwook Lee, Robert Nowak et al. (2023) · #reading-group #rl',
    );
  });

  it('says when it was exported and how much is left to read', () => {
    expect(writeMarkdown([paper({}), paper({ readAt: 1 })], NOW)).toContain('Exported from Paperdex on 2026-11-29: 2 papers, 1 to read.');
  });

  it('never lets a title break its link or start formatting', () => {
    const nasty = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.array(fc.constantFrom(...'[]()\\*_`<>&|~$!#-+. \n'.split(''), 'x', ']('), { maxLength: 20 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(nasty, (title) => {
        const line = writeMarkdown([paper({ title, url: 'https://example.org/a (b)' })], NOW).split('\n').find((l) => l.startsWith('- '));
        const item = linkOf(line ?? '');
        expect(item).toBeDefined();
        expect(item!.text).toBe(title.replace(/\s+/g, ' ').trim());
        expect(item!.url).toBe('https://example.org/a%20%28b%29');
      }),
      { numRuns: 1_000 },
    );
  });

  it('does not link a URL that is not http(s)', () => {
    const out = writeMarkdown([paper({ title: 'Click', url: 'javascript:alert(1)' })], NOW);
    expect(out).toContain('- [ ] Click');
    expect(out).not.toContain('javascript');
  });
});

describe('export files', () => {
  const papers = [paper({ arxivId: '2311.12424', id: 'arxiv:2311.12424', title: 'Looped' })];
  const sighting: Sighting = {
    key: 'arxiv:2311.12424 2026-11-28 https://huggingface.co/papers',
    paperId: 'arxiv:2311.12424',
    pageUrl: 'https://huggingface.co/papers',
    pageKind: 'hf-daily',
    site: 'huggingface.co',
    position: 1,
    seenAt: 1,
  };

  it.each([
    ['json', 'paperdex-2026-11-29.json', 'application/json'],
    ['bibtex', 'paperdex-2026-11-29.bib', 'application/x-bibtex;charset=utf-8'],
    ['csv', 'paperdex-2026-11-29.csv', 'text/csv;charset=utf-8'],
    ['markdown', 'paperdex-2026-11-29.md', 'text/markdown;charset=utf-8'],
  ] as const)('names a %s export by the day and gives its type', (format, filename, mime) => {
    const file = exportFile(format, papers, [sighting], NOW);
    expect(file.filename).toBe(filename);
    expect(file.mime).toBe(mime);
    expect(file.text).toContain('2311.12424');
  });

  it('keeps the sightings in the Paperdex JSON, which reads back whole', () => {
    const reading = readLibraryFile(exportFile('json', papers, [sighting], NOW).text);
    expect(reading).toEqual({ ok: true, papers, sightings: [sighting], skipped: [] });
  });
});
