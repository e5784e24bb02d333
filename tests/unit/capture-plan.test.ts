import { describe, expect, it } from 'vitest';
import { keysToLoad, planCapture, type Capture, type KnownPapers } from '../../src/core/capture-plan.js';
import type { Entry } from '../../src/core/entry.js';
import { mergeEntry, mergePapers, mergeUserState, paperFromEntry } from '../../src/core/merge.js';
import type { Paper } from '../../src/core/paper.js';
import { titleKey } from '../../src/core/paper-key.js';
import type { PageInfo } from '../../src/core/parsers/types.js';

const T0 = Date.UTC(2026, 10, 1);
const T1 = T0 + 86_400_000;
const T2 = T1 + 86_400_000;
const TITLE = 'Looped Transformers are Better at Learning Learning Algorithms';

const DAILY: PageInfo = { kind: 'hf-daily', site: 'huggingface.co', url: 'https://huggingface.co/papers/date/2023-11-22', date: '2023-11-22' };
const LISTING: PageInfo = { kind: 'arxiv-list', site: 'arxiv.org', url: 'https://arxiv.org/list/cs.LG/new' };
const NOTES: PageInfo = { kind: 'text', site: 'notes.example', url: 'https://notes.example/reading' };

function entry(fields: Partial<Entry>, page: PageInfo = DAILY, position = 1): Entry {
  const id = fields.arxivId ? `arxiv:${fields.arxivId}` : titleKey(fields.title ?? 'untitled');
  return {
    id,
    ...fields,
    source: { site: page.site, pageUrl: page.url, pageKind: page.kind, position, capturedAt: new Date(T0).toISOString() },
  };
}

function known(...papers: Paper[]): KnownPapers {
  const byId = new Map(papers.map((paper) => [paper.id, paper]));
  const byTitleKey = new Map<string, Paper[]>();
  for (const paper of papers) {
    if (paper.titleKey) byTitleKey.set(paper.titleKey, [...(byTitleKey.get(paper.titleKey) ?? []), paper]);
  }
  return { byId, byTitleKey };
}

function capture(page: PageInfo, ...entries: Entry[]): Capture {
  return { page, entries };
}

describe('merging entries into papers', () => {
  const fromDaily = entry({ arxivId: '2311.12424', title: TITLE, abstract: 'Short.', authorCount: 4, upvotes: 12 });

  it('a first entry makes a paper with empty user state and its title key', () => {
    const paper = paperFromEntry(fromDaily, T0);
    expect(paper).toMatchObject({
      id: 'arxiv:2311.12424',
      titleKey: titleKey(TITLE),
      sites: ['huggingface.co'],
      firstSeenAt: T0,
      lastSeenAt: T0,
      tags: [],
      note: '',
    });
    expect(paper).not.toHaveProperty('source');
  });

  it('fields fill in: a longer abstract, an author list where there was a count, newer upvotes', () => {
    const paper = paperFromEntry(fromDaily, T0);
    const later = entry(
      { arxivId: '2311.12424', title: 'Looped transformers (other casing)', abstract: 'A much longer abstract, really.', authors: ['Liu Yang', 'Kangwook Lee', 'Robert Nowak', 'Dimitris Papailiopoulos'], upvotes: 30, arxivComment: '19 pages' },
      LISTING,
    );
    const merged = mergeEntry(paper, later, T1);
    expect(merged).toMatchObject({
      title: TITLE, // the title first seen stays
      abstract: 'A much longer abstract, really.',
      authors: ['Liu Yang', 'Kangwook Lee', 'Robert Nowak', 'Dimitris Papailiopoulos'],
      upvotes: 30,
      arxivComment: '19 pages',
      sites: ['huggingface.co', 'arxiv.org'],
      firstSeenAt: T0,
      lastSeenAt: T1,
    });
    // An older reading (a capture that arrives late) does not replace newer counts.
    expect(mergeEntry(merged, entry({ arxivId: '2311.12424', upvotes: 5 }), T0).upvotes).toBe(30);
    // A shorter abstract and a shorter author list do not replace fuller ones.
    const shorter = mergeEntry(merged, entry({ arxivId: '2311.12424', abstract: 'Tiny.', authors: ['Liu Yang'] }), T2);
    expect(shorter.abstract).toBe('A much longer abstract, really.');
    expect(shorter.authors).toHaveLength(4);
  });

  it('never changes what the person did', () => {
    const paper: Paper = { ...paperFromEntry(fromDaily, T0), bookmarkedAt: T0, readAt: T0, tags: ['rl'], note: 'mine' };
    const merged = mergeEntry(paper, entry({ arxivId: '2311.12424', title: 'x', upvotes: 99 }), T2);
    expect(merged).toMatchObject({ bookmarkedAt: T0, readAt: T0, tags: ['rl'], note: 'mine', upvotes: 99 });
  });

  it('keeps the latest version seen', () => {
    const paper = paperFromEntry(entry({ arxivId: '2311.12424', version: 'v2' }), T0);
    expect(mergeEntry(paper, entry({ arxivId: '2311.12424', version: 'v1' }), T1).version).toBe('v2');
    expect(mergeEntry(paper, entry({ arxivId: '2311.12424', version: 'v10' }), T1).version).toBe('v10');
  });

  it('two records of one paper: nothing the person did is lost', () => {
    const a: Paper = { ...paperFromEntry(fromDaily, T1), bookmarkedAt: T1, tags: ['rl'], note: 'from the daily page' };
    const b: Paper = { ...paperFromEntry(entry({ title: TITLE }, NOTES), T0), readAt: T0, bookmarkedAt: T0, tags: ['rl', 'seminar'], note: 'from my notes' };
    const merged = mergePapers(a, b);
    expect(merged).toMatchObject({
      id: 'arxiv:2311.12424',
      bookmarkedAt: T0,
      readAt: T0,
      tags: ['rl', 'seminar'],
      note: 'from the daily page\n\nfrom my notes',
      firstSeenAt: T0,
      lastSeenAt: T1,
      sites: ['huggingface.co', 'notes.example'],
    });
    expect(mergeUserState({ tags: [], note: 'same' }, { tags: [], note: ' same ' }).note).toBe('same');
  });
});

describe('planning a capture', () => {
  it('new papers are added, in page order, with one sighting each', () => {
    const plan = planCapture(
      capture(DAILY, entry({ arxivId: '2311.12424', title: TITLE, upvotes: 12, commentCount: 1 }), entry({ arxivId: '2310.17513', title: 'LoRA' }, DAILY, 2)),
      known(),
      T0,
    );
    expect(plan.added).toEqual(['arxiv:2311.12424', 'arxiv:2310.17513']);
    expect(plan.updated).toEqual([]);
    expect(plan.marks.map((mark) => [mark.id, mark.seenBefore])).toEqual([
      ['arxiv:2311.12424', false],
      ['arxiv:2310.17513', false],
    ]);
    expect(plan.sightings[0]).toMatchObject({
      paperId: 'arxiv:2311.12424',
      pageKind: 'hf-daily',
      date: '2023-11-22',
      position: 1,
      upvotes: 12,
      commentCount: 1,
      seenAt: T0,
    });
  });

  it('the same arXiv id from another page is the same paper', () => {
    const first = planCapture(capture(DAILY, entry({ arxivId: '2311.12424', title: TITLE })), known(), T0);
    const second = planCapture(capture(LISTING, entry({ arxivId: '2311.12424', title: TITLE }, LISTING)), known(...first.put), T1);
    expect(second.added).toEqual([]);
    expect(second.updated).toEqual(['arxiv:2311.12424']);
    expect(second.put).toHaveLength(1);
    expect(second.marks[0]).toMatchObject({ id: 'arxiv:2311.12424', seenBefore: true, firstSeenAt: T0 });
    expect(second.put[0]!.seenOn).toMatchObject({ pageKind: 'arxiv-list', site: 'arxiv.org' });
  });

  it('a reload the same day refreshes its sighting instead of adding one', () => {
    const first = planCapture(capture(DAILY, entry({ arxivId: '2311.12424', upvotes: 12 })), known(), T0);
    const again = planCapture(capture(DAILY, entry({ arxivId: '2311.12424', upvotes: 14 })), known(...first.put), T0 + 60_000);
    expect(again.sightings[0]!.key).toBe(first.sightings[0]!.key);
    expect(again.sightings[0]!.upvotes).toBe(14);
    const nextDay = planCapture(capture(DAILY, entry({ arxivId: '2311.12424' })), known(...first.put), T1);
    expect(nextDay.sightings[0]!.key).not.toBe(first.sightings[0]!.key);
  });

  it('a title seen first as text becomes the arXiv paper later, keeping state and sightings', () => {
    const textPlan = planCapture(capture(NOTES, entry({ title: TITLE, abstract: 'From my notes.' }, NOTES)), known(), T0);
    const textPaper: Paper = { ...textPlan.put[0]!, bookmarkedAt: T0, tags: ['seminar'], note: 'read for Friday' };
    expect(textPaper.id).toBe(titleKey(TITLE));

    const hf = entry({ arxivId: '2311.12424', title: 'Looped  Transformers are better at learning learning algorithms!' });
    const { titleIds } = keysToLoad([hf]);
    expect(titleIds).toEqual([textPaper.id]); // found by its key, no title-index scan
    const plan = planCapture(capture(DAILY, hf), known(textPaper), T1);
    expect(plan.absorbed).toEqual([{ from: textPaper.id, into: 'arxiv:2311.12424' }]);
    expect(plan.added).toEqual([]); // not new: the library had it as text
    expect(plan.put).toHaveLength(1);
    expect(plan.put[0]).toMatchObject({ id: 'arxiv:2311.12424', arxivId: '2311.12424', bookmarkedAt: T0, tags: ['seminar'], note: 'read for Friday' });
    expect(plan.marks[0]).toMatchObject({ seenBefore: true, bookmarkedAt: T0 });
  });

  it('a title seen as text after its arXiv paper joins that paper', () => {
    const first = planCapture(capture(DAILY, entry({ arxivId: '2311.12424', title: TITLE })), known(), T0);
    const text = entry({ title: TITLE }, NOTES);
    expect(keysToLoad([text]).titleKeys).toEqual([titleKey(TITLE)]);
    const plan = planCapture(capture(NOTES, text), known(...first.put), T1);
    expect(plan.put.map((paper) => paper.id)).toEqual(['arxiv:2311.12424']);
    expect(plan.added).toEqual([]);
    expect(plan.sightings[0]).toMatchObject({ paperId: 'arxiv:2311.12424', pageKind: 'text' });
  });

  it('an unknown title alone is its own paper, and the same title again is that paper', () => {
    const first = planCapture(capture(NOTES, entry({ title: 'A Paper Without an Id' }, NOTES)), known(), T0);
    expect(first.added).toEqual([titleKey('A Paper Without an Id')]);
    const again = planCapture(capture(NOTES, entry({ title: 'a paper without an id' }, NOTES)), known(...first.put), T1);
    expect(again.added).toEqual([]);
    expect(again.updated).toEqual([titleKey('A Paper Without an Id')]);
  });

  it('two arXiv papers with the same title stay two papers', () => {
    const a = planCapture(capture(DAILY, entry({ arxivId: '2311.12424', title: 'Same Title' })), known(), T0);
    const b = planCapture(capture(DAILY, entry({ arxivId: '2401.00001', title: 'Same Title' })), known(...a.put), T1);
    expect(b.added).toEqual(['arxiv:2401.00001']);
    expect(b.absorbed).toEqual([]);
  });
});
