/**
 * The benchmark page: bundled with esbuild, served from an origin so IndexedDB is real, and driven from
 * bench/search.ts through `globalThis.searchBench`. Every call returns plain numbers.
 */
import type { Paper } from '../../src/core/paper.js';
import { searchDocOf } from '../../src/core/paper-search-doc.js';
import { SearchIndex } from '../../src/core/search/index.js';
import { generateLibraryFrom, type SeedCorpus } from '../library.js';
import { miniSearchEngine, scanEngine, type Engine } from './baselines.js';
import { clearAll, getAllPapers, getBlobs, openDb, putBlobs, putPapers } from './idb.js';
import { makeQueries, type BenchQuery } from './queries.js';

const LIMIT = 50;
let library: Paper[] = [];
let engine: Engine | null = null;
let paperdex: SearchIndex | null = null;

/** Generates the library, stores it as the extension would, and returns its size and the queries to type. */
async function setup(corpus: SeedCorpus, n: number, seed: number) {
  library = generateLibraryFrom(corpus, n, seed);
  const db = await openDb();
  await clearAll(db);
  await putPapers(db, library);
  const encoder = new TextEncoder();
  const recordBytes = library.reduce((sum, paper) => sum + encoder.encode(JSON.stringify(paper)).length, 0);
  db.close();
  return { recordBytes, queries: makeQueries(library, 30, seed) };
}

/** Builds the index from the records in memory, `runs` times; stores the last build. */
async function build(runs: number) {
  const times: number[] = [];
  let parts = SearchIndex.empty().serialize();
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const index = SearchIndex.build(library.map(searchDocOf));
    times.push(performance.now() - start);
    parts = index.serialize();
  }
  const db = await openDb();
  await putBlobs(db, { 'search-base': parts.base, 'search-delta': parts.delta });
  // The same parts stored as Blobs: IndexedDB reads those through its blob store, not structured clone.
  await putBlobs(db, { 'search-base-blob': new Blob([parts.base]), 'search-delta-blob': new Blob([parts.delta]) });
  db.close();
  library = [];
  return { times, baseBytes: parts.base.byteLength, deltaBytes: parts.delta.byteLength };
}

/** A cold popup: read the stored index in one transaction, view it, answer the first query. */
async function openPaperdex(first: string, asBlob: boolean) {
  const start = performance.now();
  const db = await openDb();
  const [base, delta] = asBlob
    ? await Promise.all((await getBlobs<Blob>(db, ['search-base-blob', 'search-delta-blob'])).map(bytesOf))
    : await getBlobs(db, ['search-base', 'search-delta']);
  const read = performance.now();
  paperdex = SearchIndex.load({ base: base!, ...(delta ? { delta } : {}) });
  const loaded = performance.now();
  const total = paperdex.search(first, { limit: LIMIT }).total;
  const end = performance.now();
  db.close();
  const index = paperdex;
  engine = { search: (text, limit) => ({ total: index.search(text, { limit }).total, ids: [] }) };
  return { ms: end - start, readMs: read - start, loadMs: loaded - read, queryMs: end - loaded, total };
}

async function bytesOf(stored: Blob | undefined): Promise<Uint8Array | undefined> {
  return stored ? new Uint8Array(await stored.arrayBuffer()) : undefined;
}

/** A cold popup of a baseline: read every record, prepare, answer the first query. */
async function openBaseline(kind: 'scan' | 'minisearch', first: string) {
  const start = performance.now();
  const db = await openDb();
  const papers = await getAllPapers<Paper>(db);
  const read = performance.now();
  engine = kind === 'scan' ? scanEngine(papers) : miniSearchEngine(papers);
  const prepared = performance.now();
  const total = engine.search(first, LIMIT).total;
  const end = performance.now();
  db.close();
  return { ms: end - start, readMs: read - start, loadMs: prepared - read, queryMs: end - prepared, total };
}

/** Types each query letter by letter (a paste is one event); returns the latency of every search, per query. */
function type(queries: readonly BenchQuery[]): number[][] {
  return queries.map((query) => {
    const states = query.paste ? [query.text] : Array.from(query.text, (_, i) => query.text.slice(0, i + 1));
    return states.map((text) => {
      const start = performance.now();
      engine!.search(text, LIMIT);
      return performance.now() - start;
    });
  });
}

/** Captures of 30 papers (20 changed, 10 new), each followed by storing the delta; then toggles; then a compaction. */
async function updates(corpus: SeedCorpus, batches: number, seed: number) {
  const index = paperdex!;
  const db = await openDb();
  const fresh = generateLibraryFrom(corpus, batches * 10, seed + 1000).map((paper, i) => ({
    ...paper,
    id: `arxiv:new.${String(i).padStart(5, '0')}`,
  }));
  const changed = await getAllPapers<Paper>(db, batches * 20);
  const capture: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const papers = [
      ...changed.slice(batch * 20, batch * 20 + 20).map((paper) => ({ ...paper, lastSeenAt: paper.lastSeenAt + 1 })),
      ...fresh.slice(batch * 10, batch * 10 + 10),
    ];
    const start = performance.now();
    for (const paper of papers) index.upsert(searchDocOf(paper));
    await putBlobs(db, { 'search-delta': index.serializeDelta() });
    capture.push(performance.now() - start);
  }
  const toggle: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    index.setFlags(changed[i]!.id, { bookmarked: i % 2 === 0, read: true });
    await putBlobs(db, { 'search-delta': index.serializeDelta() });
    toggle.push(performance.now() - start);
  }
  const deltaBytes = index.serializeDelta().byteLength;
  const start = performance.now();
  index.compact();
  const parts = index.serialize();
  await putBlobs(db, { 'search-base': parts.base, 'search-delta': parts.delta });
  const compact = performance.now() - start;
  db.close();
  return { capture, toggle, compact, deltaBytes, deltaDocs: batches * 30 };
}

Object.assign(globalThis, { searchBench: { setup, build, openPaperdex, openBaseline, type, updates } });
