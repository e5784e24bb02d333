/** What an import would change, planned from the reading and the library papers it touches. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTitleOnly, mergeNotes, planImport, type ImportKnown } from '../../src/core/import-plan.js';
import type { ImportPlan, ImportReading } from '../../src/core/import-types.js';
import type { Paper, Sighting } from '../../src/core/paper.js';
import { libraryArb, type Library } from '../fixtures/db/arbitrary-library.js';
import { DAY, paper, sighting, T0 } from '../fixtures/db/library-db.js';

const DAILY = 'https://huggingface.co/papers/date/2025-12-08';
const NOTES = 'https://notes.example/reading';

function reading(papers: Paper[], sightings: Sighting[] = []): ImportReading {
  return { format: 'paperdex', papers, sightings, invalid: [] };
}

/** The library as the storage layer hands it to the plan: every paper, by id and by title key, and its sightings' keys. */
function known(library: Library): ImportKnown {
  const sorted = [...library.papers].sort((a, b) => (a.id < b.id ? -1 : 1));
  const byTitleKey = new Map<string, Paper>();
  for (const p of sorted) {
    const held = p.titleKey ? byTitleKey.get(p.titleKey) : undefined;
    if (p.titleKey && (!held || (isTitleOnly(held) && !isTitleOnly(p)))) byTitleKey.set(p.titleKey, p);
  }
  return {
    byId: new Map(sorted.map((p) => [p.id, p])),
    byTitleKey,
    sightingKeys: new Set(library.sightings.map((s) => s.key)),
  };
}

/** The library after the plan, as applyImport writes it (absorbed papers' sightings moved to their new paper). */
function applied(library: Library, plan: ImportPlan): Library {
  const papers = new Map(library.papers.map((p) => [p.id, p]));
  const moved = new Map<string, string>();
  for (const { before, after } of plan.merged) {
    papers.delete(before.id);
    papers.set(after.id, after);
    if (before.id !== after.id) moved.set(before.id, after.id);
  }
  for (const p of plan.added) papers.set(p.id, p);
  const sightings = library.sightings.map((s) => {
    const into = moved.get(s.paperId);
    return into ? { ...s, paperId: into, key: into + s.key.slice(s.paperId.length) } : s;
  });
  return { papers: [...papers.values()], sightings: [...sightings, ...plan.sightings] };
}

function paragraphs(note: string): string[] {
  return note.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean);
}

describe('planning an import', () => {
  it('adds papers the library lacks, with their sightings, and passes on what could not be read', () => {
    const fresh = paper('2311.12424', { bookmarkedAt: T0, tags: ['rl'] });
    const seen = sighting(fresh.id, DAILY, T0);
    const plan = planImport(
      { ...reading([fresh], [seen]), invalid: [{ where: 'line 4', reason: 'not an arXiv id' }] },
      known({ papers: [], sightings: [] }),
    );
    expect(plan).toEqual({ added: [fresh], merged: [], unchanged: [], sightings: [seen], invalid: [{ where: 'line 4', reason: 'not an arXiv id' }] });
  });

  it('merges a known paper without lowering anything the person did', () => {
    const stored = paper('2311.12424', {
      abstract: 'Short.',
      bookmarkedAt: T0 + DAY,
      readAt: T0 + 2 * DAY,
      tags: ['seminar'],
      note: 'Mine',
      updatedAt: T0 + 2 * DAY,
    });
    // An older copy of the same paper: a longer abstract, no bookmark, unread, another tag and note.
    const incoming = paper('2311.12424', { abstract: 'A much longer abstract.', bookmarkedAt: T0, tags: ['rl'], note: 'Friday' });
    const { merged, added, unchanged } = planImport(reading([incoming]), known({ papers: [stored], sightings: [] }));
    expect(added).toEqual([]);
    expect(unchanged).toEqual([]);
    expect(merged).toEqual([
      {
        before: stored,
        after: {
          ...stored,
          abstract: 'A much longer abstract.',
          bookmarkedAt: T0, // the earlier bookmark
          readAt: T0 + 2 * DAY, // never un-read
          tags: ['seminar', 'rl'],
          note: 'Mine\n\nFriday',
          updatedAt: T0 + 2 * DAY,
        },
      },
    ]);
  });

  it('leaves a paper the file adds nothing to as it is, updatedAt included', () => {
    const stored = paper('2311.12424', { bookmarkedAt: T0, tags: ['rl', 'seminar'], note: 'Mine\n\nFriday' });
    const sameButNewer = { ...stored, updatedAt: T0 + 5 * DAY, tags: ['seminar'], note: 'Friday' };
    const plan = planImport(reading([sameButNewer], [sighting(stored.id, DAILY, T0)]), {
      ...known({ papers: [stored], sightings: [sighting(stored.id, DAILY, T0)] }),
    });
    expect(plan).toEqual({ added: [], merged: [], unchanged: [stored], sightings: [], invalid: [] });
  });

  it('a title-only paper joins the arXiv paper of the same title, and its sightings move with it', () => {
    const arxiv = paper('2311.12424', { title: 'Looped Transformers are Better at Learning Learning Algorithms' });
    const fromNotes = paper('notes', { title: 'Looped transformers are better at learning learning algorithms', note: 'from the blog', sites: ['notes.example'] });
    const seen = sighting(fromNotes.id, NOTES, T0 + DAY, { pageKind: 'text' });
    const plan = planImport(reading([fromNotes], [seen]), known({ papers: [arxiv], sightings: [] }));
    expect(plan.added).toEqual([]);
    expect(plan.merged).toEqual([{ before: arxiv, after: { ...arxiv, note: 'from the blog', sites: ['huggingface.co', 'notes.example'] } }]);
    expect(plan.sightings).toEqual([sighting(arxiv.id, NOTES, T0 + DAY, { pageKind: 'text' })]);
  });

  it('an arXiv paper absorbs the title-only record of its title, keeping its state', () => {
    const fromNotes = paper('notes', { title: 'Attention Is All You Need', bookmarkedAt: T0, tags: ['classic'] });
    const incoming = paper('1706.03762', { title: 'Attention Is All You Need' });
    const plan = planImport(reading([incoming]), known({ papers: [fromNotes], sightings: [sighting(fromNotes.id, NOTES, T0)] }));
    expect(plan.merged).toHaveLength(1);
    expect(plan.merged[0]!.before).toEqual(fromNotes);
    expect(plan.merged[0]!.after).toMatchObject({ id: 'arxiv:1706.03762', arxivId: '1706.03762', bookmarkedAt: T0, tags: ['classic'] });
    expect(plan.added).toEqual([]);
  });

  it('in one file, a title-only paper and the arXiv paper of its title become one paper', () => {
    const fromNotes = paper('notes', { title: 'Attention Is All You Need', note: 'classic' });
    const arxiv = paper('1706.03762', { title: 'Attention Is All You Need' });
    const plan = planImport(reading([fromNotes, arxiv]), known({ papers: [], sightings: [] }));
    expect(plan.added).toEqual([{ ...arxiv, note: 'classic', sites: ['huggingface.co', 'notes.example'] }]);
  });

  it('counts a sighting once: not when the library has it, not twice in the file, not without its paper', () => {
    const p = paper('2311.12424');
    const have = sighting(p.id, DAILY, T0);
    const other = sighting(p.id, NOTES, T0 + DAY);
    const orphan = sighting('arxiv:2401.00001', DAILY, T0);
    const plan = planImport(reading([p], [have, other, other, orphan]), known({ papers: [p], sightings: [have] }));
    expect(plan.sightings).toEqual([other]);
    expect(plan.invalid).toEqual([{ where: `sighting ${orphan.key}`, reason: 'its paper is not among the imported papers' }]);
  });
});

describe('notes, merged as paragraphs', () => {
  it.each([
    ['Mine', 'Friday', 'Mine\n\nFriday'],
    ['Mine\n\nFriday', 'Friday', 'Mine\n\nFriday'],
    ['Mine', 'Mine\n\nFriday', 'Mine\n\nFriday'],
    ['', 'Friday ', 'Friday '],
    ['Mine  ', '', 'Mine  '],
    ['Mine  ', 'Mine', 'Mine  '],
  ])('%j with %j gives %j', (stored, incoming, expected) => {
    expect(mergeNotes(stored, incoming)).toBe(expected);
  });
});

describe('importing any file into any library', () => {
  const libraries = libraryArb({ few: true, maxPapers: 8 });

  it('never lowers what the person did, in the library or in the file', () => {
    /** `kept` has all of `p`'s state: its bookmark and read state (as early), every tag, every paragraph of its note. */
    const keeps = (kept: Paper, p: Paper): boolean =>
      (p.bookmarkedAt === undefined || (kept.bookmarkedAt ?? Infinity) <= p.bookmarkedAt) &&
      (p.readAt === undefined || (kept.readAt ?? Infinity) <= p.readAt) &&
      p.tags.every((tag) => kept.tags.includes(tag)) &&
      paragraphs(p.note).every((paragraph) => paragraphs(kept.note).includes(paragraph));
    fc.assert(
      fc.property(libraries, libraries, (library, file) => {
        const plan = planImport(reading(file.papers, file.sightings), known(library));
        const after = applied(library, plan);
        const into = new Map(plan.merged.map(({ before, after: merged }) => [before.id, merged.id]));
        for (const p of [...library.papers, ...file.papers]) {
          // A title-only paper may have joined a paper of its title.
          const id = into.get(p.id) ?? p.id;
          const candidates = after.papers.filter((q) => q.id === id || (isTitleOnly(p) && q.titleKey === p.titleKey));
          expect(candidates.some((kept) => keeps(kept, p)), p.id).toBe(true);
        }
      }),
    );
  });

  it('changes nothing when the same file is imported again', () => {
    fc.assert(
      fc.property(libraries, libraries, (library, file) => {
        const once = applied(library, planImport(reading(file.papers, file.sightings), known(library)));
        const again = planImport(reading(file.papers, file.sightings), known(once));
        expect(again.added).toEqual([]);
        expect(again.merged).toEqual([]);
        expect(again.sightings).toEqual([]);
      }),
    );
  });

  it('a list of ids or BibTeX naming known papers leaves them as they are: importing is not seeing', () => {
    const stored = paper('2311.12424', { bookmarkedAt: T0 + DAY, tags: ['mine'] });
    const library = { papers: [stored], sightings: [] };
    const later = T0 + 30 * DAY;
    const listed: Paper = { id: 'arxiv:2311.12424', arxivId: '2311.12424', sites: [], firstSeenAt: later, lastSeenAt: later, updatedAt: later, tags: [], note: '' };
    for (const format of ['ids', 'bibtex'] as const) {
      const plan = planImport({ format, papers: [listed], sightings: [], invalid: [] }, known(library));
      expect(plan.unchanged).toEqual([stored]);
      expect(plan.merged).toEqual([]);
    }
    // A Paperdex file from another browser did see it later: that is news.
    const plan = planImport(reading([listed]), known(library));
    expect(plan.merged.map(({ after }) => after.lastSeenAt)).toEqual([later]);
  });
});
