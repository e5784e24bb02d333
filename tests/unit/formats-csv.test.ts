/** CSV export, read back by a strict RFC 4180 reader: every cell as written, nothing a spreadsheet would run. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/core/formats/csv-write.js';
import { exportFile } from '../../src/core/formats/export-file.js';
import type { Paper } from '../../src/core/paper.js';
import { goldenPapers } from './support/formats-library.js';

/**
 * RFC 4180: records end with CRLF; a field is quoted when it holds a quote, comma, CR or LF; a quote inside
 * is doubled. Throws on anything else (a bare quote, text after a closing quote, a missing final CRLF).
 */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error('unterminated quoted field');
        cell += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        cell += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      const stop = end < 0 ? text.length : i + end;
      if (text[stop] === '"') throw new Error(`bare quote at ${stop}`);
      cell = text.slice(i, stop);
      i = stop;
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (!text.startsWith('\r\n', i)) throw new Error(`expected CRLF at ${i}`);
    i += 2;
    rows.push(row);
    row = [];
  }
  return rows;
}

function paper(fields: Partial<Paper>): Paper {
  return { id: 'title:0000000000000000', sites: [], firstSeenAt: 0, lastSeenAt: 0, updatedAt: 0, tags: [], note: '', ...fields };
}

function rowsOf(papers: Paper[]): Record<string, string>[] {
  const [header, ...rows] = readCsv(writeCsv(papers));
  return rows.map((row) => {
    expect(row).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((name, i) => [name, row[i]!]));
  });
}

describe('CSV export', () => {
  it('has the documented columns, in order', () => {
    expect(readCsv(writeCsv([]))).toEqual([
      ['id', 'arxiv_id', 'title', 'authors', 'published', 'first_seen', 'last_seen', 'upvotes', 'read', 'bookmarked', 'tags', 'note', 'url', 'pdf_url', 'abstract'],
    ]);
  });

  it('gives one row per paper of the seeds and saved pages, every field as it is', () => {
    const papers = goldenPapers();
    const rows = rowsOf(papers);
    expect(rows).toHaveLength(papers.length);
    rows.forEach((row, i) => {
      const p = papers[i]!;
      expect(row['id']).toBe(p.id);
      expect(row['arxiv_id']).toBe(p.arxivId ?? '');
      expect(row['title']).toBe(p.title ?? '');
      expect(row['authors']!.split('; ').filter(Boolean)).toEqual(p.authors ?? []);
      expect(row['upvotes']).toBe(p.upvotes === undefined ? '' : String(p.upvotes));
      expect(row['tags']).toBe(p.tags.join('; '));
      expect(row['note']).toBe(p.note);
      // A few abstracts start with a character a spreadsheet would read as a formula; the rest are exact.
      expect(row['abstract']!.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(p.abstract ?? '');
    });
  });

  it('writes dates as ISO days, and read and bookmarked as the day it happened or "no"', () => {
    const [row] = rowsOf([
      paper({
        publishedAt: '2023-11-21',
        firstSeenAt: Date.UTC(2025, 11, 8, 23, 30),
        lastSeenAt: Date.UTC(2026, 0, 2, 1),
        readAt: Date.UTC(2026, 0, 3),
        arxivId: '2311.12424',
      }),
    ]);
    expect(row).toMatchObject({
      published: '2023-11-21',
      first_seen: '2025-12-08',
      last_seen: '2026-01-02',
      read: '2026-01-03',
      bookmarked: 'no',
      url: 'https://arxiv.org/abs/2311.12424',
      pdf_url: 'https://arxiv.org/pdf/2311.12424',
    });
  });

  it.each(['=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1)', '\tindented', '\rreturn'])(
    'puts a quote before a cell a spreadsheet would take for a formula: %j',
    (title) => {
      const [row] = rowsOf([paper({ title, note: title, authors: [title] })]);
      expect(row!['title']).toBe(`'${title}`);
      expect(row!['note']).toBe(`'${title}`);
      expect(row!['authors']).toBe(`'${title}`);
    },
  );

  it('reads back any text, quotes, commas and line breaks included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (title, note) => {
        const [row] = rowsOf([paper({ title, note })]);
        const unguarded = (cell: string): string => cell.replace(/^'(?=[=+\-@\t\r])/, '');
        expect(unguarded(row!['title']!)).toBe(title);
        expect(unguarded(row!['note']!)).toBe(note);
      }),
      { numRuns: 1_000 },
    );
  });

  it('starts the exported file with a byte-order mark, so Excel reads the names as UTF-8', () => {
    const file = exportFile('csv', [paper({ title: 'Schölkopf' })], [], new Date('2026-11-29T10:00:00Z'));
    expect(file).toMatchObject({ filename: 'paperdex-2026-11-29.csv', mime: 'text/csv;charset=utf-8' });
    expect(file.text.startsWith('\ufeffid,')).toBe(true);
    expect(readCsv(file.text.slice(1))[1]![2]).toBe('Schölkopf');
  });
});
