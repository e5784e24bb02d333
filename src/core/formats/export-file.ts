/** "Export": papers in the format the person picked, as a named file's text and type. */
import { dayOf } from '../dates.js';
import { writeLibraryFile } from '../library-file.js';
import type { Paper, Sighting } from '../paper.js';
import { writeBibtex } from './bibtex-write.js';
import { writeCsv } from './csv-write.js';
import { writeMarkdown } from './markdown-write.js';

export type ExportFormat = 'json' | 'bibtex' | 'csv' | 'markdown';

export interface ExportedFile {
  /** `paperdex-2026-11-29.bib` */
  filename: string;
  mime: string;
  text: string;
}

const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', bibtex: 'bib', csv: 'csv', markdown: 'md' };
const MIMES: Record<ExportFormat, string> = {
  json: 'application/json',
  bibtex: 'application/x-bibtex;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
};

/** Sightings go only into Paperdex JSON: the other formats describe papers, not where they were seen. */
export function exportFile(
  format: ExportFormat,
  papers: readonly Paper[],
  sightings: readonly Sighting[],
  now: Date,
): ExportedFile {
  return { filename: `paperdex-${dayOf(now)}.${EXTENSIONS[format]}`, mime: MIMES[format], text: textOf(format, papers, sightings, now) };
}

function textOf(format: ExportFormat, papers: readonly Paper[], sightings: readonly Sighting[], now: Date): string {
  switch (format) {
    case 'json':
      return writeLibraryFile(papers, sightings, now);
    case 'bibtex':
      return writeBibtex(papers);
    case 'csv':
      // Excel reads a CSV file without a byte-order mark in the machine's legacy code page, garbling every
      // non-ASCII name; with one it reads UTF-8. Other spreadsheets ignore the mark.
      return `\ufeff${writeCsv(papers)}`;
    case 'markdown':
      return writeMarkdown(papers, now);
  }
}
