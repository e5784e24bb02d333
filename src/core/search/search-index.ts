/**
 * The search index: an immutable base segment (loaded in one read, viewed in place) plus a small delta
 * segment holding papers added or changed since, and the ids it hides in the base. Captures and toggles
 * rewrite only the delta; `compact()` folds it into a new base when it grows.
 */
import type { Corpus, SegmentView } from './corpus.js';
import { withFlags, type DocFlags, type SearchDoc } from './doc.js';
import { evaluate, type PlannedWord } from './evaluate.js';
import { costOf, expandWord } from './expand.js';
import { compileFilter } from './filter.js';
import { listByRecency } from './listing.js';
import { planWords } from './plan.js';
import { parseQuery } from './query.js';
import type { ParsedQuery, QueryWord } from './query-types.js';
import { Scratch } from './scratch.js';
import { buildPreparedSegment, buildSegment, prepareDoc, type PreparedDoc } from './segment-build.js';
import { mergeSegments } from './segment-merge.js';
import { NO_OVERLAY, type Overlay } from './segment-writer.js';
import { Segment } from './segment.js';
import { unpackSegment } from './segment-unpack.js';

/** What to store: the base changes only on compaction; the delta on every update. */
export interface IndexParts {
  base: Uint8Array<ArrayBuffer>;
  delta: Uint8Array<ArrayBuffer>;
}

export interface SearchOptions {
  /** How many hits to return; `total` still counts all. Default 50. */
  limit?: number;
}

export interface SearchHit {
  id: string;
  score: number;
  /** Indexed words the paper matched, for highlighting. */
  terms: string[];
}

export interface SearchResults {
  hits: SearchHit[];
  total: number;
  query: ParsedQuery;
}

/** Compact once the delta holds this many papers (or this share of the base, if larger); see docs/search.md. */
const COMPACT_AT_DOCS = 1000;
const COMPACT_AT_SHARE = 0.01;
const EXPANSION_CACHE_SIZE = 256;

export class SearchIndex {
  private base: Segment;
  private baseFlags: Uint8Array;
  private baseDead: Uint8Array;
  private baseDeadCount = 0;
  private delta: Segment;
  /** The delta's current flags (the segment's bytes are never changed: they may have been handed out). */
  private deltaFlags: Uint8Array;
  /** The delta's papers by id, unpacked on the first change after a load. */
  private deltaDocs: Map<string, PreparedDoc> | null = null;
  private readonly removed = new Set<string>();
  private readonly overrides = new Map<string, number>();
  /** The delta as stored; null when a change has not been encoded yet. */
  private deltaBytes: Uint8Array<ArrayBuffer> | null;
  /** The delta segment misses papers added or removed since it was built. */
  private deltaStale = false;
  private corpusCache: Corpus | null = null;
  /** Words already expanded against the current corpus: while typing, only the last word is new. */
  private readonly expansions = new Map<string, PlannedWord>();
  private readonly scratch = new Scratch();

  private constructor(base: Uint8Array, delta: Uint8Array | undefined) {
    this.base = new Segment(base);
    this.baseFlags = this.base.flags.slice();
    this.baseDead = new Uint8Array(this.base.docCount);
    this.delta = new Segment(delta ?? buildPreparedSegment([], this.base.averages, NO_OVERLAY));
    this.deltaBytes = this.delta.bytes;
    this.deltaFlags = this.delta.flags.slice();
    this.applyOverlay();
  }

  static build(docs: Iterable<SearchDoc>): SearchIndex {
    const unique = new Map<string, SearchDoc>();
    for (const doc of docs) unique.set(doc.id, doc);
    return new SearchIndex(buildSegment([...unique.values()]), undefined);
  }

  static empty(): SearchIndex {
    return SearchIndex.build([]);
  }

  /** Opens stored parts; throws SegmentFormatError when they are not a readable index (rebuild then). */
  static load(parts: { base: Uint8Array; delta?: Uint8Array }): SearchIndex {
    return new SearchIndex(parts.base, parts.delta);
  }

  /** Papers in the index. */
  get size(): number {
    return this.base.docCount - this.baseDeadCount + this.deltaCount();
  }

  /** Papers in the delta, and base papers it removes: what compaction would fold in. */
  get deltaSize(): number {
    return this.deltaCount() + this.removed.size;
  }

  has(id: string): boolean {
    const inDelta = this.deltaDocs ? this.deltaDocs.has(id) : this.delta.findDoc(id) >= 0;
    return inDelta || this.liveBaseDoc(id) >= 0;
  }

  upsert(doc: SearchDoc): void {
    const docs = this.deltaMap();
    this.hideInBase(doc.id);
    this.removed.delete(doc.id);
    this.overrides.delete(doc.id);
    docs.set(doc.id, prepareDoc(doc, this.base.averages));
    this.changed(true);
  }

  remove(id: string): boolean {
    const inDelta = this.deltaMap().delete(id);
    const inBase = this.hideInBase(id);
    this.overrides.delete(id);
    if (this.base.findDoc(id) >= 0) this.removed.add(id);
    if (inDelta || inBase) this.changed(true);
    return inDelta || inBase;
  }

  /** Bookmark and read toggles: no tokenising, no postings — one byte of flags. */
  setFlags(id: string, change: DocFlags): boolean {
    const prepared = this.deltaMap().get(id);
    if (prepared) {
      prepared.attrs.flags = withFlags(prepared.attrs.flags, change);
      const local = this.deltaStale ? -1 : this.delta.findDoc(id);
      if (local >= 0) this.deltaFlags[local] = prepared.attrs.flags;
      this.changed(false);
      return true;
    }
    const doc = this.liveBaseDoc(id);
    if (doc < 0) return false;
    this.baseFlags[doc] = withFlags(this.baseFlags[doc]!, change);
    this.overrides.set(id, this.baseFlags[doc]!);
    this.changed(false);
    return true;
  }

  search(query: string | ParsedQuery, options: SearchOptions = {}): SearchResults {
    const parsed = typeof query === 'string' ? parseQuery(query) : query;
    const limit = Math.max(0, Math.floor(options.limit ?? 50));
    const corpus = this.corpus();
    const none: SearchResults = { hits: [], total: 0, query: parsed };
    let filter = compileFilter(corpus, parsed.filters);
    if (parsed.arxivId !== undefined) {
      const only = this.globalDoc(`arxiv:${parsed.arxivId}`);
      if (only < 0) return none;
      const base = filter;
      filter = (doc) => doc === only && (base === null || base(doc));
    }
    const plans = planWords(parsed.words);
    if (plans.length === 0) return { ...this.named(listByRecency(corpus, filter, limit)), query: parsed };
    const planned: PlannedWord[] = [];
    for (const { word, optional } of plans) {
      const { expansions, cost } = this.expand(corpus, word);
      if (expansions.length === 0 && !optional) return none;
      if (expansions.length > 0) planned.push({ expansions, cost, optional });
    }
    return { ...this.named(evaluate(corpus, this.scratch, planned, filter, limit)), query: parsed };
  }

  /** Whether the delta has grown enough that folding it into the base pays. */
  needsCompaction(): boolean {
    return this.deltaSize > Math.max(COMPACT_AT_DOCS, this.base.docCount * COMPACT_AT_SHARE);
  }

  /** Folds the delta into a new base. Store both parts afterwards, in one transaction. */
  compact(): void {
    const merged = mergeSegments(this.corpus().views);
    this.base = new Segment(merged);
    this.baseFlags = this.base.flags.slice();
    this.baseDead = new Uint8Array(this.base.docCount);
    this.baseDeadCount = 0;
    this.deltaDocs = new Map();
    this.removed.clear();
    this.overrides.clear();
    this.deltaBytes = buildPreparedSegment([], this.base.averages, NO_OVERLAY);
    this.setDelta(this.deltaBytes);
  }

  serialize(): IndexParts {
    return { base: this.base.bytes, delta: this.serializeDelta() };
  }

  /** The delta alone: what to store after an update (the base is unchanged until compaction). */
  serializeDelta(): Uint8Array<ArrayBuffer> {
    if (this.deltaBytes === null) {
      this.deltaBytes = buildPreparedSegment([...this.deltaMap().values()], this.base.averages, this.overlay());
      this.setDelta(this.deltaBytes);
    }
    return this.deltaBytes;
  }

  private setDelta(bytes: Uint8Array): void {
    this.delta = new Segment(bytes);
    this.deltaFlags = this.delta.flags.slice();
    this.deltaStale = false;
    this.corpusCache = null;
  }

  private expand(corpus: Corpus, word: QueryWord): Omit<PlannedWord, 'optional'> {
    const key = `${word.prefix ? 'p' : 'w'}${word.phrase ? 'q' : ''}:${word.text}`;
    let planned = this.expansions.get(key);
    if (!planned) {
      const expansions = expandWord(corpus, word);
      planned = { expansions, cost: costOf(corpus, expansions), optional: false };
      if (this.expansions.size >= EXPANSION_CACHE_SIZE) this.expansions.clear();
      this.expansions.set(key, planned);
    }
    return planned;
  }

  private corpus(): Corpus {
    if (this.deltaStale) this.serializeDelta();
    if (this.corpusCache) return this.corpusCache;
    this.expansions.clear(); // weights hold idf, which the new corpus changes
    const views: SegmentView[] = [
      { segment: this.base, offset: 0, dead: this.baseDead, flags: this.baseFlags },
      {
        segment: this.delta,
        offset: this.base.docCount,
        dead: new Uint8Array(this.delta.docCount),
        flags: this.deltaFlags,
      },
    ];
    const docCount = this.base.docCount + this.delta.docCount;
    this.corpusCache = { views, docCount, liveCount: docCount - this.baseDeadCount };
    return this.corpusCache;
  }

  private named(evaluation: { hits: Array<{ doc: number; score: number; terms: string[] }>; total: number }) {
    const hits = evaluation.hits.map(({ doc, score, terms }) => ({ id: this.docId(doc), score, terms }));
    return { hits, total: evaluation.total };
  }

  private docId(doc: number): string {
    const baseCount = this.base.docCount;
    return doc < baseCount ? this.base.docId(doc) : this.delta.docId(doc - baseCount);
  }

  /** The live doc with this id in the shared doc space, or -1. */
  private globalDoc(id: string): number {
    this.corpus();
    const local = this.delta.findDoc(id);
    if (local >= 0) return this.base.docCount + local;
    return this.liveBaseDoc(id);
  }

  private liveBaseDoc(id: string): number {
    const doc = this.base.findDoc(id);
    return doc >= 0 && this.baseDead[doc] === 0 ? doc : -1;
  }

  /** Hides a base paper (replaced or removed); true when it was live. */
  private hideInBase(id: string): boolean {
    const doc = this.liveBaseDoc(id);
    if (doc < 0) return false;
    this.baseDead[doc] = 1;
    this.baseDeadCount++;
    return true;
  }

  private changed(postings: boolean): void {
    this.deltaBytes = null;
    if (postings) {
      this.deltaStale = true;
      this.corpusCache = null;
    }
  }

  private deltaCount(): number {
    return this.deltaDocs ? this.deltaDocs.size : this.delta.docCount;
  }

  private deltaMap(): Map<string, PreparedDoc> {
    this.deltaDocs ??= new Map(unpackSegment(this.delta, this.deltaFlags).map((doc) => [doc.attrs.id, doc]));
    return this.deltaDocs;
  }

  private overlay(): Overlay {
    return { removed: [...this.removed], overrides: [...this.overrides] };
  }

  /** Applies a loaded delta to the base: its papers and removals hide base papers; its flags override. */
  private applyOverlay(): void {
    for (let i = 0; i < this.delta.docCount; i++) this.hideInBase(this.delta.docId(i));
    const { removed, overrides } = this.delta.overlay();
    for (const id of removed) {
      this.hideInBase(id);
      this.removed.add(id);
    }
    for (const [id, flags] of overrides) {
      const doc = this.liveBaseDoc(id);
      if (doc < 0) continue;
      this.baseFlags[doc] = flags;
      this.overrides.set(id, flags);
    }
  }
}
