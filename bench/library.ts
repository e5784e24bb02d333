/**
 * A deterministic synthetic library for benchmarks: `generateLibrary(n, seed)` gives n papers shaped like the
 * stored ones (`Paper`), with text grown from the real titles and abstracts in `seeds/*.txt` so that word
 * frequencies, lengths and phrasing look like a real digest reader's library.
 *
 * - Abstracts: 150–250 words of sentences from a word-bigram chain over the seed abstracts, plus the paper's
 *   own method name and a few numbers (every real paper brings some words no other paper has).
 * - Titles: a method name and a phrase from a bigram chain over the seed titles, or the phrase alone.
 * - 2–12 authors from a pool where some names recur often (Zipf), with diacritics in some names.
 * - Years 2015–2026 with matching arXiv ids (`arxiv:YYMM.NNNNN`); sites, tags, notes, bookmarks, reads.
 *
 * The same (n, seed) always gives the same papers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Paper } from '../src/core/paper.js';
import { parseText } from '../src/core/parse-page.js';

/** The real text the library is grown from. */
export interface SeedCorpus {
  titles: string[];
  abstracts: string[];
}

/** Reads the seed captures (`seeds/*.txt`) with the project's own text parser. */
export function loadSeedCorpus(dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds')): SeedCorpus {
  const titles: string[] = [];
  const abstracts: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const entry of parseText({ url: '', now: new Date('2025-06-01T00:00:00Z'), text }).entries) {
      if (entry.title) titles.push(entry.title);
      if (entry.abstract && entry.abstract.split(' ').length >= 40) abstracts.push(entry.abstract);
    }
  }
  return { titles, abstracts };
}

/** n papers grown from the seeds in `seeds/`; deterministic in (n, seed). */
export function generateLibrary(n: number, seed = 1): Paper[] {
  return generateLibraryFrom(loadSeedCorpus(), n, seed);
}

/** The same, from a corpus already read (in a browser page, where there are no files). */
export function generateLibraryFrom(corpus: SeedCorpus, n: number, seed = 1): Paper[] {
  const random = mulberry32(seed);
  const abstractChain = new BigramChain(corpus.abstracts.flatMap(splitSentences));
  const titleChain = new BigramChain(corpus.titles.map((title) => title.replace(/:.*$/, '')));
  const authors = authorPool(random, Math.max(200, Math.round(n / 3)));
  const serials = new Map<string, number>();
  const papers: Paper[] = [];
  for (let i = 0; i < n; i++) papers.push(makePaper(random, { abstractChain, titleChain, authors, serials }));
  return papers;
}

interface Makers {
  abstractChain: BigramChain;
  titleChain: BigramChain;
  authors: string[];
  serials: Map<string, number>;
}

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;
const TAGS = ['to-read', 'rl', 'diffusion', 'llm', 'survey', 'vision', 'theory', 'agents', 'benchmarks', 'In Context'];
const NOTES = [
  'Compare with the baseline in our draft.',
  'Good related work section; cite for the ablation.',
  'Code released, try on our data.',
  'Read with the reading group on Thursday.',
  'Claims look too strong, check the appendix.',
];
const CATEGORIES = ['cs.LG', 'cs.CL', 'cs.CV', 'cs.AI', 'stat.ML', 'cs.RO', 'astro-ph.CO', 'q-bio.NC'];

function makePaper(random: () => number, makers: Makers): Paper {
  const year = 2015 + Math.floor(random() * 12);
  const month = 1 + Math.floor(random() * (year === 2026 ? 5 : 12));
  const yymm = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}`;
  const serial = (makers.serials.get(yymm) ?? Math.floor(random() * 500)) + 1 + Math.floor(random() * 20);
  makers.serials.set(yymm, serial);
  const arxivId = `${yymm}.${String(serial).padStart(5, '0')}`;
  const name = methodName(random);
  const title = makeTitle(random, makers.titleChain, name);
  const abstract = makeAbstract(random, makers.abstractChain, name);
  const authorCount = 2 + Math.floor(random() * random() * 11);
  const authors = Array.from({ length: authorCount }, () => makers.authors[zipf(random, makers.authors.length)]!);
  const firstSeenAt = NOW - Math.floor(random() * 3 * 365) * DAY - Math.floor(random() * DAY);
  const lastSeenAt = Math.min(NOW, firstSeenAt + (random() < 0.3 ? Math.floor(random() * 200) * DAY : 0));
  const sites = random() < 0.55 ? ['huggingface.co'] : random() < 0.7 ? ['arxiv.org'] : ['huggingface.co', 'arxiv.org'];
  const paper: Paper = {
    id: `arxiv:${arxivId}`,
    arxivId,
    title,
    abstract,
    authors,
    authorCount,
    publishedAt: `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    url: `https://arxiv.org/abs/${arxivId}`,
    pdfUrl: `https://arxiv.org/pdf/${arxivId}`,
    categories: [CATEGORIES[zipf(random, CATEGORIES.length)]!],
    upvotes: Math.floor(random() * random() * 200),
    tags: random() < 0.15 ? pickSome(random, TAGS, 1 + Math.floor(random() * 3)) : [],
    note: random() < 0.05 ? NOTES[Math.floor(random() * NOTES.length)]! : '',
    sites,
    firstSeenAt,
    lastSeenAt,
    updatedAt: lastSeenAt,
  };
  if (random() < 0.1) paper.bookmarkedAt = lastSeenAt;
  if (random() < 0.25) paper.readAt = lastSeenAt;
  return paper;
}

function makeTitle(random: () => number, chain: BigramChain, name: string): string {
  let phrase = chain.sentence(random, 14);
  for (let tries = 0; tries < 5 && phrase.split(' ').length < 4; tries++) phrase = chain.sentence(random, 14);
  phrase = phrase.replace(/\.$/, '');
  return random() < 0.45 ? `${name}: ${phrase}` : phrase;
}

function makeAbstract(random: () => number, chain: BigramChain, name: string): string {
  const target = 150 + Math.floor(random() * 101);
  const sentences: string[] = [];
  let words = 0;
  while (words < target) {
    let sentence = chain.sentence(random, 45);
    if (sentences.length === 1 || (sentences.length > 1 && random() < 0.08)) {
      sentence = `We propose ${name}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
    }
    if (random() < 0.2) sentence = sentence.replace(/\.$/, ` by ${(random() * 40).toFixed(1)}%.`);
    sentences.push(sentence);
    words += sentence.split(' ').length;
  }
  return sentences.join(' ');
}

/** A new method name per paper (`NeoFlux`, `GRAM-3`): the long tail of words only one paper has. */
function methodName(random: () => number): string {
  const syllables = ['ne', 'o', 'flu', 'x', 'gra', 'm', 'lo', 'ra', 'vi', 'ta', 'dif', 'fu', 'ma', 'ba', 'ko', 'sto',
    'rm', 'ze', 'pha', 'qui', 'el', 'tri', 'ad', 'ver', 'syn', 'th', 'cor', 'pus', 'me', 'ga', 'lin', 'ear'];
  const count = 2 + Math.floor(random() * 3);
  const word = Array.from({ length: count }, () => syllables[Math.floor(random() * syllables.length)]!).join('');
  const styled = random() < 0.4 ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
  return random() < 0.2 ? `${styled}-${1 + Math.floor(random() * 9)}` : styled;
}

const FIRST_NAMES = ['Wei', 'Jing', 'Yuxin', 'Hao', 'Ekin', 'Liu', 'Anna', 'María', 'José', 'Søren', 'Łukasz',
  'Zoë',
  'François', 'Jürgen', 'Priya', 'Arjun', 'Fatima', 'Omar', 'Kenji', 'Yuki', 'Min-jun', 'Seo-yeon', 'Olga', 'Ivan',
  'Sarah', 'David', 'Michael', 'Emily', 'Chen', 'Xin', 'Rafael', 'Inês', 'Noor', 'Tomás', 'Ágnes', 'Dvořák'];
const LAST_NAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Akyürek', 'Dai', 'Smith',
  'Müller', 'García', 'Núñez', 'Kowalski', 'Nakamura', 'Kim', 'Park', 'Singh', 'Gupta', 'Rossi', 'Dubois',
  'Ivanova', 'Schmidt', 'Johnson', 'Brown', 'Nguyen', 'Tran', 'Öztürk', 'Çelik', 'Hernández', 'Lefèvre',
  'Andersson', 'Kovács', 'Yamamoto', 'Sato', 'Khan', 'Ahmed', 'Silva', 'Santos', 'Bianchi', 'Novák'];

/** Author names, most common first (a Zipf draw picks from the front more often). */
function authorPool(random: () => number, size: number): string[] {
  const names = new Set<string>();
  for (let tries = 0; names.size < size && tries < size * 20; tries++) {
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!;
    let last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!;
    // Beyond the common surnames, grow rarer ones so a large pool has many distinct names.
    if (tries >= (FIRST_NAMES.length * LAST_NAMES.length) / 4) last = rareSurname(random);
    names.add(`${first} ${last}`);
  }
  return [...names];
}

function rareSurname(random: () => number): string {
  const syllables = ['ka', 'mu', 'ra', 'to', 'ne', 'li', 'so', 'ba', 'ri', 'ko', 'wa', 'de', 'vi', 'lo', 'ma', 'hi'];
  const endings = ['', 'n', 'r', 'ski', 'son', 'ova', 'ez', 'ić', 'ü'];
  const count = 2 + Math.floor(random() * 2);
  const stem = Array.from({ length: count }, () => syllables[Math.floor(random() * syllables.length)]!).join('');
  const name = stem + endings[Math.floor(random() * endings.length)]!;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A rank in [0, size) drawn with probability about 1/(rank + 1). */
function zipf(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1)) - 1));
}

function pickSome<T>(random: () => number, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(items[Math.floor(random() * items.length)]!);
  return [...chosen];
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((sentence) => sentence.split(' ').length >= 4);
}

/** Word-bigram chain over sentences: keeps the seeds' vocabulary and word frequencies, not their sentences. */
class BigramChain {
  private readonly starts: string[] = [];
  private readonly next = new Map<string, string[]>();

  constructor(sentences: readonly string[]) {
    for (const sentence of sentences) {
      const words = sentence.split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      this.starts.push(words[0]!);
      words.forEach((word, i) => {
        const follower = words[i + 1] ?? '';
        const list = this.next.get(word);
        if (list) list.push(follower);
        else this.next.set(word, [follower]);
      });
    }
  }

  /** Walks the chain from a sentence start to a sentence end (or `max` words). */
  sentence(random: () => number, max: number): string {
    const words = [this.starts[Math.floor(random() * this.starts.length)] ?? 'Results'];
    while (words.length < max) {
      const followers = this.next.get(words[words.length - 1]!);
      const follower = followers?.[Math.floor(random() * followers.length)] ?? '';
      if (follower === '') break;
      words.push(follower);
    }
    const text = words.join(' ');
    return /[.!?]$/.test(text) ? text : `${text.replace(/[,;:]$/, '')}.`;
  }
}

/** Small, fast, seedable PRNG (mulberry32). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
