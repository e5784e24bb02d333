/**
 * What an import changes, decided without touching storage: the storage layer loads the library papers the
 * reading may touch, asks for the plan (to preview it, or to apply it in one transaction).
 *
 * A paper is found by its id; a title-only paper (`title:…`, read from text) also by its title, so it joins
 * the arXiv paper of the same title; and an arXiv paper absorbs a title-only record of its title, as a
 * capture would. Papers are merged with mergePapers, so nothing the person did is lowered. Importing the
 * same file twice changes nothing the second time.
 */
import type { ImportPlan, ImportProblem, ImportReading } from './import-types.js';
import { mergePapers } from './merge.js';
import type { Paper, Sighting } from './paper.js';
import { sightingKey } from './capture-plan.js';

/** The library papers a reading may touch. */
export interface ImportKnown {
  byId: Map<string, Paper>;
  /** By title key, preferring a paper whose arXiv id is known. */
  byTitleKey: Map<string, Paper>;
  /** Keys of the sightings the library has of these papers: those are not imported again. */
  sightingKeys?: ReadonlySet<string>;
}

export function isTitleOnly(paper: Pick<Paper, 'id'>): boolean {
  return paper.id.startsWith('title:');
}

/** The title key a title-only paper is found by. */
export function titleKeyOf(paper: Paper): string {
  return paper.titleKey ?? paper.id;
}

export function planImport(reading: ImportReading, existing: ImportKnown): ImportPlan {
  // BibTeX entries and id lists were not seen anywhere: their papers carry the import's time as their
  // seen times, which must not move a known paper to the top of "recently seen".
  const seen = reading.format === 'paperdex' || reading.format === 'digest';
  const { stored, touched, placed, absorbed } = placePapers(reading.papers, existing, seen);
  const plan: ImportPlan = { added: [], merged: [], unchanged: [], sightings: [], invalid: [...reading.invalid] };
  for (const [id, was] of touched) {
    const now = stored.get(id)!;
    if (!was) plan.added.push(now);
    // A merge that adds nothing leaves the paper as it was: updatedAt does not move either.
    else if (was.id === now.id && sameExceptUpdatedAt(was, now)) plan.unchanged.push(was);
    else plan.merged.push({ before: was, after: now });
  }
  plan.sightings = newSightings(reading.sightings, placed, present(existing.sightingKeys, absorbed), plan.invalid);
  return plan;
}

interface Placement {
  /** The library as the import leaves it, by id (the papers loaded, and those the import writes). */
  stored: Map<string, Paper>;
  /** Library id → the paper it was before the import (undefined for a new paper), for each paper written. */
  touched: Map<string, Paper | undefined>;
  /** Incoming paper id → the library id it went into. */
  placed: Map<string, string>;
  /** Title-only library papers absorbed → the arXiv paper that absorbed them. */
  absorbed: Map<string, string>;
}

/** Where each incoming paper goes: into a library paper (merged), or in as a new one. */
function placePapers(papers: readonly Paper[], existing: ImportKnown, seen: boolean): Placement {
  const stored = new Map(existing.byId);
  for (const paper of existing.byTitleKey.values()) stored.set(paper.id, paper);
  const byTitle = new Map(existing.byTitleKey);
  const out: Placement = { stored, touched: new Map(), placed: new Map(), absorbed: new Map() };

  const remember = (paper: Paper, was: Paper | undefined): void => {
    stored.set(paper.id, paper);
    if (!out.touched.has(paper.id)) out.touched.set(paper.id, was);
    const held = paper.titleKey ? byTitle.get(paper.titleKey) : undefined;
    if (paper.titleKey && (!held || isTitleOnly(held) || !isTitleOnly(paper))) byTitle.set(paper.titleKey, paper);
  };

  // arXiv papers first, so a title-only paper later in the same file finds the arXiv paper of its title.
  for (const incoming of [...papers.filter((p) => !isTitleOnly(p)), ...papers.filter(isTitleOnly)]) {
    const target = isTitleOnly(incoming)
      ? (byTitle.get(titleKeyOf(incoming)) ?? stored.get(out.absorbed.get(incoming.id) ?? incoming.id))
      : stored.get(incoming.id);
    const twin = !target && incoming.titleKey ? stored.get(incoming.titleKey) : undefined;
    if (target) {
      const arriving = seen ? incoming : { ...incoming, firstSeenAt: target.firstSeenAt, lastSeenAt: target.lastSeenAt };
      remember(withNote(mergePapers(target, arriving), target.note, arriving.note), target);
      out.placed.set(incoming.id, target.id);
      continue;
    }
    if (twin && isTitleOnly(twin) && !isTitleOnly(incoming)) {
      // The library knew this paper by its title only: it becomes the arXiv paper, keeping its state.
      const was = out.touched.has(twin.id) ? out.touched.get(twin.id) : twin;
      stored.delete(twin.id);
      out.touched.delete(twin.id);
      out.absorbed.set(twin.id, incoming.id);
      remember({ ...withNote(mergePapers(twin, incoming), twin.note, incoming.note), id: incoming.id }, was);
    } else {
      remember(incoming, undefined);
    }
    out.placed.set(incoming.id, incoming.id);
  }
  return out;
}

/** Keys the library has, including those absorbed papers' sightings will have once moved to their new paper. */
function present(keys: ReadonlySet<string> | undefined, absorbed: ReadonlyMap<string, string>): Set<string> {
  const out = new Set(keys);
  if (absorbed.size === 0) return out;
  for (const key of keys ?? []) {
    // Sighting keys start with the paper id (`paperId day pageUrl`, see sightingKey).
    const paperId = key.slice(0, key.indexOf(' '));
    const into = absorbed.get(paperId);
    if (into) out.add(into + key.slice(paperId.length));
  }
  return out;
}

/** The reading's sightings the library lacks, each on the paper its own paper went into. */
function newSightings(
  sightings: readonly Sighting[],
  placed: ReadonlyMap<string, string>,
  present: ReadonlySet<string>,
  invalid: ImportProblem[],
): Sighting[] {
  const out = new Map<string, Sighting>();
  for (const sighting of sightings) {
    const paperId = placed.get(sighting.paperId);
    if (!paperId) {
      invalid.push({ where: `sighting ${sighting.key}`, reason: 'its paper is not among the imported papers' });
      continue;
    }
    const moved =
      paperId === sighting.paperId
        ? sighting
        : { ...sighting, paperId, key: sightingKey(paperId, sighting.pageUrl, sighting.seenAt) };
    if (!present.has(moved.key) && !out.has(moved.key)) out.set(moved.key, moved);
  }
  return [...out.values()];
}

/**
 * Notes as paragraphs: the incoming note's paragraphs the stored note lacks are added after it. Unlike
 * joining the two notes whole, importing the same note again adds nothing.
 */
export function mergeNotes(stored: string, incoming: string): string {
  const have = paragraphs(stored);
  const missing = paragraphs(incoming).filter((paragraph) => !have.includes(paragraph));
  if (missing.length === 0) return stored;
  const adding = paragraphs(incoming);
  if (have.every((paragraph) => adding.includes(paragraph))) return incoming;
  return [stored.trim(), ...missing].join('\n\n');
}

function paragraphs(note: string): string[] {
  return note
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

function withNote(paper: Paper, stored: string, incoming: string): Paper {
  return { ...paper, note: mergeNotes(stored, incoming) };
}

function sameExceptUpdatedAt(a: Paper, b: Paper): boolean {
  return canonical({ ...a, updatedAt: 0 }) === canonical({ ...b, updatedAt: 0 });
}

/** JSON with keys in order and absent and undefined fields alike, to compare records built differently. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
