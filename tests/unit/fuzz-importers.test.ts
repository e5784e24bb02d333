/**
 * What comes from outside — library files and messages — against thousands of damaged copies of real
 * ones: a library export written from the papers of the seeds and saved pages, cut, spliced and structurally
 * broken (wrong types, missing fields, huge numbers, number-like strings, deep nesting, prototype keys such
 * as `__proto__` and `constructor`), and every message the background accepts, broken the same ways.
 * Reading must never throw, nothing invalid may get through (what is read passes the same checks again,
 * unchanged), and Object.prototype is never touched.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBibtex } from '../../src/core/formats/bibtex-read.js';
import { detectFormat } from '../../src/core/formats/detect-format.js';
import { readIdList } from '../../src/core/formats/id-list-read.js';
import { readDigestText } from '../../src/core/formats/read-digest.js';
import { readPaperdex } from '../../src/core/formats/read-paperdex.js';
import type { ImportFormat, ImportReading } from '../../src/core/import-types.js';
import { readLibraryFile, validatePaper, validateSighting, writeLibraryFile } from '../../src/core/library-file.js';
import { validateMessage, type Envelope, type Messages, type MessageType } from '../../src/core/messages.js';
import type { Paper, Sighting } from '../../src/core/paper.js';
import { validateEntry } from '../../src/core/validate-entry.js';
import { bibtexEntries, capturedLibrary, idLines, sampleMessages, SEEDS } from './support/fuzz-corpus.js';
import {
  applyDocumentMutations,
  applyJsonMutations,
  applyTextMutations,
  documentMutations,
  isPolluted,
  jsonMutation,
  jsonMutations,
  nastyValue,
  PROTO_KEYS,
  prototypeSnapshot,
  sameData,
  textMutations,
  type JsonMutation,
} from './support/mutate.js';

/** Runs per property: a few thousand inputs in all, a few seconds on a shared 2-core machine. */
const RUNS = { file: 600, oneRecord: 200, protoKeys: 200, message: 800, anything: 600, bibtex: 250, ids: 250, paperdex: 250, digest: 120 };
/** Per-test limit: generous, for a machine busy with other work (nothing here asserts a duration). */
const TIMEOUT = 60_000;

const NOW = new Date('2026-11-29T12:00:00Z');

const LIBRARY = capturedLibrary();

/** A part of the library (a few papers, their sightings) as an export file. */
function exportOf(start: number, count: number): { text: string; papers: Paper[]; sightings: Sighting[] } {
  const papers = LIBRARY.papers.slice(start, start + count);
  const ids = new Set(papers.map((paper) => paper.id));
  const sightings = LIBRARY.sightings.filter((sighting) => ids.has(sighting.paperId));
  return { text: writeLibraryFile(papers, sightings, NOW), papers, sightings };
}

const part = (): fc.Arbitrary<{ start: number; count: number }> =>
  fc.record({ start: fc.nat({ max: LIBRARY.papers.length - 1 }), count: fc.integer({ min: 1, max: 12 }) });

const PAPER_KEYS = new Set([
  'id', 'arxivId', 'version', 'title', 'abstract', 'authors', 'authorCount', 'publishedAt', 'upvotes', 'commentCount',
  'arxivComment', 'aiSummary', 'githubUrl', 'projectUrl', 'url', 'pdfUrl', 'categories', 'titleKey', 'sites',
  'firstSeenAt', 'lastSeenAt', 'seenOn', 'updatedAt', 'bookmarkedAt', 'readAt', 'tags', 'note',
]);
const SIGHTING_KEYS = new Set(['key', 'paperId', 'pageUrl', 'pageKind', 'site', 'date', 'period', 'query', 'position', 'upvotes', 'commentCount', 'seenAt']);

/** Runs untrusted input through `read` and checks it left the prototypes as they were. */
function withoutPollution<T>(read: () => T): T {
  const before = prototypeSnapshot();
  const result = read();
  expect(prototypeSnapshot()).toBe(before);
  expect(isPolluted()).toBe(false);
  return result;
}

/** What is wrong with papers that came through the checks, in words; empty when nothing. */
function paperFaults(papers: readonly Paper[]): string[] {
  return papers.flatMap((paper, index) => {
    const faults: string[] = [];
    const label = `paper ${index + 1} (${String(paper.id)})`;
    if (Object.getPrototypeOf(paper) !== Object.prototype) faults.push(`${label}: not a plain object`);
    const stray = Object.keys(paper).filter((key) => !PAPER_KEYS.has(key));
    if (stray.length > 0) faults.push(`${label}: unknown fields ${stray.join(', ')}`);
    // Idempotent: the checks, run again on what they let through (also after a trip through a file), change nothing.
    if (!sameData(validatePaper(paper), paper)) faults.push(`${label}: checked again it becomes ${JSON.stringify(validatePaper(paper))}`);
    if (!sameData(validatePaper(JSON.parse(JSON.stringify(paper))), paper)) faults.push(`${label}: changes through JSON`);
    return faults;
  });
}

function sightingFaults(sightings: readonly Sighting[]): string[] {
  return sightings.flatMap((sighting, index) => {
    const label = `sighting ${index + 1}`;
    const stray = Object.keys(sighting).filter((key) => !SIGHTING_KEYS.has(key));
    const faults = stray.length > 0 ? [`${label}: unknown fields ${stray.join(', ')}`] : [];
    if (!sameData(validateSighting(sighting), sighting)) faults.push(`${label}: checked again it changes`);
    return faults;
  });
}

/** Readers of library files: the result is a refusal with a reason, or only well-formed records. */
function expectSoundReading(text: string): ReturnType<typeof readLibraryFile> {
  const reading = withoutPollution(() => readLibraryFile(text));
  if (!reading.ok) {
    expect(reading.error).toMatch(/\S/);
    return reading;
  }
  expect(paperFaults(reading.papers)).toEqual([]);
  expect(sightingFaults(reading.sightings)).toEqual([]);
  // What was imported exports and imports again unchanged.
  const again = readLibraryFile(writeLibraryFile(reading.papers, reading.sightings, NOW));
  expect(again.ok && sameData(again.papers, reading.papers) && sameData(again.sightings, reading.sightings)).toBe(true);
  return reading;
}

describe('fuzzed library files', { timeout: TIMEOUT }, () => {
  beforeAll(() => {
    // The library the exports are cut from is real and readable as it is.
    expect(LIBRARY.papers.length).toBeGreaterThan(200);
    expect(paperFaults(LIBRARY.papers)).toEqual([]);
    expect(readLibraryFile(writeLibraryFile(LIBRARY.papers, LIBRARY.sightings, NOW))).toEqual({
      ok: true,
      papers: LIBRARY.papers,
      sightings: LIBRARY.sightings,
      skipped: [],
    });
  });

  it('damaged exports (text and structure): never throw, refuse with a reason or let through only valid records', () => {
    fc.assert(
      fc.property(part(), documentMutations(), ({ start, count }, mutations) => {
        expectSoundReading(applyDocumentMutations(exportOf(start, count).text, mutations));
      }),
      { numRuns: RUNS.file },
    );
  });

  it('one damaged paper or sighting costs only itself: every other record is imported unchanged', () => {
    const input = fc.record({
      part: part(),
      which: fc.nat(),
      list: fc.constantFrom('papers' as const, 'sightings' as const),
      mutations: jsonMutations(),
    });
    fc.assert(
      fc.property(input, ({ part: { start, count }, which, list, mutations }) => {
        const file = exportOf(start, count);
        const json = JSON.parse(file.text) as Record<'papers' | 'sightings', unknown[]>;
        const records = json[list];
        fc.pre(records.length > 0);
        const index = which % records.length;
        records[index] = applyJsonMutations(records[index], mutations);
        const reading = expectSoundReading(JSON.stringify(json));
        expect(reading.ok).toBe(true);
        if (!reading.ok) return;
        const others = (list === 'papers' ? file.papers : file.sightings).filter((_, i) => i !== index);
        const read: unknown[] = list === 'papers' ? reading.papers : reading.sightings;
        for (const record of others) expect(read.some((got) => sameData(got, record)), JSON.stringify(record).slice(0, 80)).toBe(true);
        const untouched = list === 'papers' ? file.sightings : file.papers;
        expect(list === 'papers' ? reading.sightings : reading.papers).toEqual(untouched);
      }),
      { numRuns: RUNS.oneRecord },
    );
  });

  it('prototype keys (__proto__, constructor, …) anywhere in a file pollute nothing and come through as no field', () => {
    const protoKey = fc.record({
      kind: fc.constant('addKey' as const),
      at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      key: fc.constantFrom(...PROTO_KEYS),
      value: nastyValue(),
    });
    const mutations = fc.array(fc.oneof({ weight: 3, arbitrary: protoKey }, { weight: 1, arbitrary: jsonMutation() }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(part(), mutations, ({ start, count }, changes: JsonMutation[]) => {
        const json = applyJsonMutations(JSON.parse(exportOf(start, count).text), changes);
        const reading = expectSoundReading(JSON.stringify(json) ?? '');
        if (!reading.ok) return;
        for (const record of [...reading.papers, ...reading.sightings]) {
          for (const key of PROTO_KEYS) expect(Object.hasOwn(record, key), key).toBe(false);
        }
      }),
      { numRuns: RUNS.protoKeys },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Messages

const MESSAGES = sampleMessages(LIBRARY);
const TYPES = Object.keys(MESSAGES) as MessageType[];

/** A message that got through: of a real type, and the same when checked again after travelling as JSON. */
function messageFaults(message: Envelope): string[] {
  const faults: string[] = [];
  if (!Object.hasOwn(MESSAGES, message.type)) faults.push(`accepted a message of type ${JSON.stringify(message.type)}`);
  const again = validateMessage(JSON.parse(JSON.stringify(message)));
  if (!('message' in again) || !sameData(again.message, message)) faults.push(`checked again it becomes ${JSON.stringify(again).slice(0, 200)}`);
  if (message.type === 'capture') {
    const { entries } = message.payload as Messages['capture']['payload'];
    if (!entries.every((entry) => sameData(validateEntry(entry), entry))) faults.push('an entry changes when checked again');
  }
  if (message.type === 'library/import') {
    const { papers, sightings } = message.payload as Messages['library/import']['payload'];
    faults.push(...paperFaults(papers), ...sightingFaults(sightings));
  }
  return faults;
}

/** An object that contains itself. */
function cyclic<T extends object>(value: T): T {
  (value as Record<string, unknown>)['self'] = value;
  return value;
}

/** JSON.stringify's replacer for values JSON has no form for. */
function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? String(value) : value;
}

function expectSoundValidation(raw: unknown): void {
  const result = withoutPollution(() => validateMessage(raw));
  if ('error' in result) expect(result.error).toMatch(/\S/);
  else expect(messageFaults(result.message)).toEqual([]);
}

describe('inputs the fuzzing found', () => {
  it('a library file whose version is an object is refused with a reason, not an exception', () => {
    const text = '{"format":"paperdex-library","version":{"toString":1},"papers":[]}';
    expect(readLibraryFile(text)).toEqual({ ok: false, error: expect.stringMatching(/newer Paperdex \(format object\)/) });
    expect(readPaperdex(text).invalid).toEqual([{ where: 'file', reason: 'written by a newer Paperdex (format object)' }]);
  });

  it.each([
    ['a type of Object.prototype', { type: 'constructor', payload: {} }, 'unknown message "constructor"'],
    ['the type __proto__', JSON.parse('{"type":"__proto__","payload":{}}'), 'unknown message "__proto__"'],
    ['the type toString', { type: 'toString', payload: {} }, 'unknown message "toString"'],
    ['no type and a BigInt', { payload: 1n }, 'unknown message without a type'],
    ['no type and a cycle', cyclic({ payload: {} }), 'unknown message without a type'],
  ])('a message with %s is refused', (_label, raw, error) => {
    expect(validateMessage(raw)).toEqual({ error });
  });
});

describe('fuzzed messages', { timeout: TIMEOUT }, () => {
  it('every well-formed message is accepted as it is', () => {
    for (const type of TYPES) {
      expect(validateMessage({ type, payload: MESSAGES[type] }), type).toEqual({ message: { type, payload: MESSAGES[type] } });
    }
  });

  it('damaged messages (text and structure): never throw, accept only real message types and valid payloads', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), documentMutations(), (type, mutations) => {
        const text = applyDocumentMutations(JSON.stringify({ type, payload: MESSAGES[type] }), mutations);
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          raw = text; // a message that is not an object at all
        }
        expectSoundValidation(raw);
      }),
      { numRuns: RUNS.message },
    );
  });

  it('any value, with any type name (prototype keys included) and payload: never throws, accepts only real types', () => {
    const type = fc.oneof(fc.constantFrom(...TYPES), fc.constantFrom(...PROTO_KEYS, 'toLocaleString', 'isPrototypeOf'), fc.string());
    // Firefox delivers messages as structured clones, not JSON: BigInts, Maps, Dates, cycles can arrive.
    const anything = (maxDepth: number) =>
      fc.anything({
        key: fc.oneof(fc.constantFrom(...PROTO_KEYS, 'type', 'payload', 'ids', 'id', 'tags', 'page', 'entries'), fc.string()),
        maxDepth,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
        withBoxedValues: true,
      });
    const payload = fc.oneof(fc.constantFrom(...Object.values(MESSAGES)), anything(3));
    const raw = fc.oneof(
      { weight: 4, arbitrary: fc.record({ type, payload }) },
      { weight: 1, arbitrary: anything(2) },
      { weight: 1, arbitrary: fc.record({ payload: anything(1) }).map(cyclic) },
    );
    fc.assert(fc.property(raw, expectSoundValidation), { numRuns: RUNS.anything });
    // The same values as they arrive in Chromium, which sends JSON.
    fc.assert(
      fc.property(fc.record({ type, payload }), (value) => expectSoundValidation(JSON.parse(JSON.stringify(value, jsonSafe) ?? 'null'))),
      { numRuns: RUNS.anything / 2 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// The import readers (src/core/formats)

const IMPORTED_AT = NOW.getTime();

/** An import reading: papers that pass the checks again unchanged, sightings likewise, every part left out named with a reason. */
function expectSoundImport(read: () => ImportReading, format: ImportFormat): ImportReading {
  const reading = withoutPollution(read);
  expect(reading.format).toBe(format);
  expect(paperFaults(reading.papers)).toEqual([]);
  expect(sightingFaults(reading.sightings)).toEqual([]);
  // Readers of other files give one paper per id; a library file is read record by record (the import plan
  // merges a paper listed twice).
  if (format !== 'paperdex') expect(new Set(reading.papers.map((paper) => paper.id)).size).toBe(reading.papers.length);
  const paperIds = new Set(reading.papers.map((paper) => paper.id));
  expect(reading.sightings.filter((sighting) => format === 'digest' && !paperIds.has(sighting.paperId))).toEqual([]);
  expect(reading.invalid.filter((problem) => typeof problem.where !== 'string' || !/\S/.test(problem.reason))).toEqual([]);
  return reading;
}

const BIBTEX = bibtexEntries(LIBRARY);
const ID_LINES = idLines(LIBRARY);

const FORMATS = ['paperdex', 'bibtex', 'ids', 'html', 'text'];

/** Whatever the text and name, detection answers one of the formats. */
function expectDetected(text: string, filename?: string): void {
  expect(FORMATS).toContain(withoutPollution(() => detectFormat(text, filename)));
}

const FILENAMES = [undefined, 'library.json', 'refs.bib', 'papers.txt', 'page.html', 'x.BIBTEX', '.json', 'no-extension', 'a.b.c.htm'];

describe('fuzzed imports', { timeout: TIMEOUT }, () => {
  it('damaged BibTeX (an export of the library, cut, spliced, braces and macros inserted): sound readings', () => {
    fc.assert(
      fc.property(part(), textMutations(), fc.constantFrom(...FILENAMES), ({ start, count }, mutations, filename) => {
        const text = applyTextMutations(BIBTEX.slice(start, start + count).join('\n\n'), mutations);
        expectSoundImport(() => readBibtex(text, IMPORTED_AT), 'bibtex');
        expectDetected(text, filename);
      }),
      { numRuns: RUNS.bibtex },
    );
  });

  it('damaged lists of arXiv ids and links: sound readings', () => {
    fc.assert(
      fc.property(part(), textMutations(), fc.constantFrom(...FILENAMES), ({ start, count }, mutations, filename) => {
        const text = applyTextMutations(ID_LINES.slice(start % ID_LINES.length, (start % ID_LINES.length) + count * 3).join('\n'), mutations);
        expectSoundImport(() => readIdList(text, IMPORTED_AT), 'ids');
        expectDetected(text, filename);
      }),
      { numRuns: RUNS.ids },
    );
  });

  it('damaged Paperdex files: sound readings, and what library-file.ts accepts, the importer accepts', () => {
    fc.assert(
      fc.property(part(), documentMutations(), fc.constantFrom(...FILENAMES), ({ start, count }, mutations, filename) => {
        const text = applyDocumentMutations(exportOf(start, count).text, mutations);
        const reading = expectSoundImport(() => readPaperdex(text), 'paperdex');
        const library = readLibraryFile(text);
        if (library.ok) {
          expect(sameData(reading.papers, library.papers) && sameData(reading.sightings, library.sightings)).toBe(true);
        } else {
          expect(reading.papers).toEqual([]);
          expect(reading.invalid.length).toBeGreaterThan(0);
        }
        expectDetected(text, filename);
      }),
      { numRuns: RUNS.paperdex },
    );
  });

  it('damaged digest text: sound readings, each sighting of a paper read', () => {
    const source = fc.constantFrom(undefined, 'digest.txt', 'https://huggingface.co/papers?q=agents', 'my notes %.txt', 'not a url');
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.nat(), textMutations(), source, (seed, start, mutations, from) => {
        const whole = SEEDS[seed]!;
        const begin = whole.length > 12_000 ? start % (whole.length - 12_000) : 0;
        const text = applyTextMutations(whole.slice(begin, begin + 12_000), mutations);
        expectSoundImport(() => readDigestText(text, IMPORTED_AT, from), 'digest');
        expectDetected(text, from);
      }),
      { numRuns: RUNS.digest },
    );
  });
});
