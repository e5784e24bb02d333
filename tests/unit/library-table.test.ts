/** The library page's table logic: sorting, selection, counts, the visible window and upvotes over time. */
import { describe, expect, it } from 'vitest';
import type { Paper, Sighting } from '../../src/core/paper.js';
import { rowOf, type Row } from '../../src/library/rows.js';
import { clickSelect, keepExisting, NO_SELECTION, toggleAll } from '../../src/library/selection.js';
import { foldForSort, sortIds } from '../../src/library/sort-rows.js';
import { countRows, tagCountsOf } from '../../src/library/tag-counts.js';
import { upvoteSeries } from '../../src/library/upvote-series.js';
import { visibleWindow } from '../../src/library/use-virtual.js';

const DAY = 86_400_000;

function paper(id: string, fields: Partial<Paper> = {}): Paper {
  return { id: `arxiv:${id}`, arxivId: id, sites: [], firstSeenAt: DAY, lastSeenAt: DAY, updatedAt: DAY, tags: [], note: '', ...fields };
}

function rowsOf(papers: Paper[]): Map<string, Row> {
  return new Map(papers.map((p) => [p.id, rowOf(p)]));
}

describe('sorting the table', () => {
  const papers = [
    paper('2401.00001', { title: 'Über Attention', authors: ['Ada Zed'], upvotes: 5, readAt: 3 * DAY }),
    paper('2401.00002', { title: '"Attention" Is All', authors: ['Bob Young'], upvotes: 50 }),
    paper('2401.00003', { title: 'attention again', authors: ['Cy Xu'], readAt: 9 * DAY }),
    paper('2401.00004', { title: 'Zebra', authors: ['Dee Abel'], upvotes: 50 }),
  ];
  const rows = rowsOf(papers);
  const ids = papers.map((p) => p.id);
  const titles = (order: string[]): string[] => order.map((id) => rows.get(id)!.title);

  it('by title ignores case, accents and leading punctuation, in both directions', () => {
    expect(titles(sortIds(ids, rows, { column: 'title', descending: false }))).toEqual(['attention again', '"Attention" Is All', 'Über Attention', 'Zebra']);
    expect(titles(sortIds(ids, rows, { column: 'title', descending: true }))).toEqual(['Zebra', 'Über Attention', '"Attention" Is All', 'attention again']);
    expect(foldForSort('«Ölmo»')).toBe('olmo»');
  });

  it('by authors uses the first author’s family name', () => {
    expect(sortIds(ids, rows, { column: 'authors', descending: false }).map((id) => rows.get(id)!.names[0])).toEqual(['Dee Abel', 'Cy Xu', 'Bob Young', 'Ada Zed']);
  });

  it('papers without a value come last either way, and ties keep the given order', () => {
    expect(sortIds(ids, rows, { column: 'upvotes', descending: true })).toEqual(['arxiv:2401.00002', 'arxiv:2401.00004', 'arxiv:2401.00001', 'arxiv:2401.00003']);
    expect(sortIds(ids, rows, { column: 'upvotes', descending: false })).toEqual(['arxiv:2401.00001', 'arxiv:2401.00002', 'arxiv:2401.00004', 'arxiv:2401.00003']);
    expect(sortIds(ids, rows, { column: 'read', descending: true }).slice(0, 2)).toEqual(['arxiv:2401.00003', 'arxiv:2401.00001']);
  });

  it('relevance keeps the search order; ids without a row are left out of column sorts', () => {
    expect(sortIds([...ids].reverse(), rows, { column: 'relevance', descending: false })).toEqual([...ids].reverse());
    expect(sortIds([...ids, 'arxiv:9999.99999'], rows, { column: 'title', descending: false })).toHaveLength(4);
  });
});

describe('rows', () => {
  it('keep the first three names and how many more, and title an id-only paper by its id', () => {
    const row = rowOf(paper('2401.00009', { authors: ['A One', 'B Two', 'C Three', 'D Four'], authorCount: 9 }));
    expect(row).toMatchObject({ title: 'arXiv:2401.00009', names: ['A One', 'B Two', 'C Three'], moreAuthors: 6 });
  });
});

describe('selection', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('a click toggles one paper; a shift-click selects the range from the last click', () => {
    let selection = clickSelect(NO_SELECTION, order, 'b', false);
    selection = clickSelect(selection, order, 'd', true);
    expect([...selection.ids].sort()).toEqual(['b', 'c', 'd']);
    selection = clickSelect(selection, order, 'c', false);
    expect([...selection.ids].sort()).toEqual(['b', 'd']);
  });

  it('select all toggles, and papers gone from the library leave the selection', () => {
    const all = toggleAll(NO_SELECTION, order);
    expect(all.ids.size).toBe(5);
    expect(toggleAll(all, order).ids.size).toBe(0);
    expect([...keepExisting(all, (id) => id !== 'c').ids]).toEqual(['a', 'b', 'd', 'e']);
  });
});

describe('counts', () => {
  it('count papers by state and tags by use', () => {
    const rows = [rowOf(paper('1', { readAt: 1, tags: ['rl', 'seminar'] })), rowOf(paper('2', { bookmarkedAt: 1, tags: ['rl'] })), rowOf(paper('3'))];
    expect(countRows(rows)).toEqual({ all: 3, unread: 2, bookmarked: 1 });
    expect(tagCountsOf(rows)).toEqual([{ tag: 'rl', count: 2 }, { tag: 'seminar', count: 1 }]);
  });
});

describe('the visible window', () => {
  it('renders the rows in view plus a margin, with the rest as space', () => {
    expect(visibleWindow(100_000, 36, 36 * 50_000, 720, 10)).toEqual({ first: 49_990, last: 50_030, before: 49_990 * 36, after: (100_000 - 50_030) * 36 });
    expect(visibleWindow(5, 36, 0, 720, 10)).toEqual({ first: 0, last: 5, before: 0, after: 0 });
  });
});

describe('upvotes over time', () => {
  it('keep the highest reading of each day, oldest first, and skip sightings without a count', () => {
    const seen = (day: number, upvotes?: number): Sighting => ({
      key: `k${day}-${upvotes}`, paperId: 'arxiv:1', pageUrl: 'https://huggingface.co/papers', pageKind: 'hf-daily', site: 'huggingface.co', position: 1, seenAt: day * DAY + (upvotes ?? 0),
      ...(upvotes === undefined ? {} : { upvotes }),
    });
    expect(upvoteSeries([seen(3, 30), seen(1, 5), seen(1, 9), seen(2), seen(2, 12)]).map((point) => point.upvotes)).toEqual([9, 12, 30]);
  });
});
