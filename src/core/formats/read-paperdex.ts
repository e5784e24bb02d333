/**
 * "Import" of a Paperdex library file: the records library-file.ts accepts, and each record it does not,
 * by its place in the file and the reason (`paper 12 (arxiv:2401.00001): no firstSeenAt`).
 */
import type { ImportProblem, ImportReading } from '../import-types.js';
import { asArray, asNumber, asRecord, asString } from '../json-read.js';
import { LIBRARY_FORMAT, LIBRARY_VERSION, shownVersion, validatePaper, validateSighting } from '../library-file.js';
import type { Paper, Sighting } from '../paper.js';
import { paperProblem, sightingProblem } from './record-problem.js';

export function readPaperdex(text: string): ImportReading {
  let json: unknown;
  try {
    // A byte-order mark (the file saved again by a Windows editor) is not part of the JSON.
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return refused('not valid JSON (is it complete?)');
  }
  const file = asRecord(json);
  if (file?.['format'] !== LIBRARY_FORMAT) return refused('not a Paperdex library export');
  const version = asNumber(file['version']);
  if (version === undefined || version > LIBRARY_VERSION) {
    return refused(`written by a newer Paperdex (format ${shownVersion(file['version'])})`);
  }
  const rawPapers = asArray(file['papers']);
  if (!rawPapers) return refused('no list of papers');
  const invalid: ImportProblem[] = [];
  const papers: Paper[] = [];
  rawPapers.forEach((raw, i) => {
    const paper = validatePaper(raw);
    if (paper) papers.push(paper);
    else invalid.push({ where: place('paper', i, asString(asRecord(raw)?.['id'])), reason: paperProblem(raw) });
  });
  const sightings: Sighting[] = [];
  (asArray(file['sightings']) ?? []).forEach((raw, i) => {
    const sighting = validateSighting(raw);
    if (sighting) sightings.push(sighting);
    else invalid.push({ where: place('sighting', i, asString(asRecord(raw)?.['paperId'])), reason: sightingProblem(raw) });
  });
  return { format: 'paperdex', papers, sightings, invalid };
}

function refused(reason: string): ImportReading {
  return { format: 'paperdex', papers: [], sightings: [], invalid: [{ where: 'file', reason }] };
}

/** `paper 12 (arxiv:2401.00001)`: 1-based, with the id when the record has a readable one. */
function place(noun: string, index: number, id: string | undefined): string {
  return `${noun} ${index + 1}${id && id.length <= 80 ? ` (${id})` : ''}`;
}
