/**
 * What the fuzz tests and the fuzz benchmark start from: the real seeds and saved pages, the library they
 * make when captured, and one well-formed message of every type. Node only (reads files, linkedom).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHtml } from '../../../src/cli/load-html.js';
import { planCapture } from '../../../src/core/capture-plan.js';
import type { Entry } from '../../../src/core/entry.js';
import { writeBibtex } from '../../../src/core/formats/bibtex-write.js';
import type { Messages, MessageType } from '../../../src/core/messages.js';
import type { Paper, Sighting } from '../../../src/core/paper.js';
import { parsePage, type PageInfo } from '../../../src/core/parse-page.js';
import { CAPTURED_AT, PAGES_DIR, pageFixtureNames, readGolden, seedFiles, SEEDS_DIR } from './golden.js';

export interface SavedPage {
  name: string;
  html: string;
  /** The URL it was saved from. */
  url: string;
}

export const SEEDS: readonly string[] = seedFiles().map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));

export const PAGES: readonly SavedPage[] = pageFixtureNames().map((name) => ({
  name,
  html: readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8'),
  url: readGolden(name).url,
}));

export interface FuzzLibrary {
  papers: Paper[];
  sightings: Sighting[];
  captures: { page: PageInfo; entries: Entry[] }[];
}

/**
 * Every saved page and seed read and captured into an empty library, one capture a day, with the person's
 * own state (bookmarks, read marks, tags, notes) on some papers, as an export carries it.
 */
export function capturedLibrary(): FuzzLibrary {
  const captures = [
    ...PAGES.map((page) => parsePage({ url: page.url, document: loadHtml(page.html), now: CAPTURED_AT })),
    ...SEEDS.map((text) => parsePage({ url: '', text, now: CAPTURED_AT })),
  ];
  const papers = new Map<string, Paper>();
  const sightings: Sighting[] = [];
  captures.forEach(({ page, entries }, day) => {
    const plan = planCapture({ page, entries }, { byId: new Map(papers), byTitleKey: new Map() }, CAPTURED_AT.getTime() + day * 86_400_000);
    for (const paper of plan.put) papers.set(paper.id, paper);
    sightings.push(...plan.sightings);
  });
  const withState = [...papers.values()].map((paper, index) => ({
    ...paper,
    ...(index % 3 === 0 ? { bookmarkedAt: paper.firstSeenAt + 1_000 } : {}),
    ...(index % 4 === 0 ? { readAt: paper.firstSeenAt + 2_000 } : {}),
    tags: index % 2 === 0 ? ['reading-group', `topic-${index % 5}`] : [],
    note: index % 5 === 0 ? `Discuss on Friday; "${paper.title?.slice(0, 20) ?? ''}" {draft}` : '',
  }));
  return { papers: withState, sightings, captures: captures.map(({ page, entries }) => ({ page, entries })) };
}

export type SampleMessages = { [K in MessageType]: Messages[K]['payload'] };

/** One well-formed payload for every message the background accepts (the compiler asks for a new type's). */
export function sampleMessages(library: FuzzLibrary): SampleMessages {
  const capture = library.captures.find((c) => c.entries.length > 3)!;
  const papers = library.papers.slice(0, 4);
  const ids = papers.map((paper) => paper.id);
  return {
    capture: { page: capture.page, entries: capture.entries.slice(0, 6), newView: true },
    marks: { ids },
    'paper/update': { id: ids[0]!, bookmarked: true, read: false, tags: ['reading-group'], note: 'Friday' },
    'papers/mark-read': { ids },
    'page/save-text': { tabId: 17 },
    'index/ensure': {},
    'library/import': { papers, sightings: library.sightings.filter((s) => ids.includes(s.paperId)) },
    'papers/edit': { ids, read: true, bookmarked: false, addTags: ['rl'], removeTags: ['old'] },
    'papers/delete': { ids },
    'papers/restore': { ids },
    'tags/rename': { from: 'rl', to: 'reinforcement-learning' },
    'tags/delete': { tag: 'old' },
    'library/written': { ids, removed: [] },
    'backup/run': {},
  };
}

/** The library as BibTeX, entry by entry: parts of it are what the BibTeX reader is given. */
export function bibtexEntries(library: FuzzLibrary): string[] {
  return writeBibtex(library.papers).trim().split(/\n\n(?=@)/);
}

/** arXiv ids in the forms people paste them. */
const ID_FORMS: ((id: string) => string)[] = [
  (id) => id,
  (id) => `arXiv:${id}v2`,
  (id) => `https://arxiv.org/abs/${id}`,
  (id) => `https://arxiv.org/pdf/${id}v3.pdf`,
  (id) => `https://huggingface.co/papers/${id}`,
  (id) => `10.48550/arXiv.${id}`,
  (id) => `- (${id}),`,
];

/** arXiv papers as a pasted list: one id or link a line, in every form, some lines with two. */
export function idLines(library: FuzzLibrary): string[] {
  // The library's own, then made-up ones (2401.00001 …), so that long lists name thousands of papers.
  const made = Array.from({ length: 3_000 }, (_, n) => `24${String(1 + (n % 12)).padStart(2, '0')}.${String(n + 1).padStart(5, '0')}`);
  const ids = [...library.papers.map((paper) => paper.arxivId).filter((id): id is string => id !== undefined), ...made];
  const forms = ids.map((id, i) => ID_FORMS[i % ID_FORMS.length]!(id));
  const lines: string[] = [];
  for (let i = 0; i < forms.length; i += i % 3 === 2 ? 2 : 1) lines.push(i % 3 === 2 ? `${forms[i]} ${forms[i + 1] ?? ''}`.trim() : forms[i]!);
  return lines;
}
