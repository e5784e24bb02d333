/** The person's own changes to papers: bookmark, read, tags, note. */
import { markOf, type Paper, type PaperMark } from '../core/paper.js';
import type { PaperPatch } from '../core/messages.js';
import type { PaperdexDB } from './schema.js';
import { notePending } from './search-store.js';

/** Applies a patch to one paper; undefined when the paper is not in the library. */
export async function updatePaper(db: PaperdexDB, patch: PaperPatch, now: number): Promise<Paper | undefined> {
  return db.transaction('rw', db.papers, db.pending, async () => {
    const paper = await db.papers.get(patch.id);
    if (!paper) return undefined;
    const next: Paper = { ...paper, updatedAt: now };
    if (patch.bookmarked !== undefined) setTime(next, 'bookmarkedAt', patch.bookmarked, now);
    if (patch.read !== undefined) setTime(next, 'readAt', patch.read, now);
    if (patch.tags !== undefined) next.tags = patch.tags;
    if (patch.note !== undefined) next.note = patch.note;
    await db.papers.put(next);
    await notePending(db, [next], [], patch.tags === undefined && patch.note === undefined);
    return next;
  });
}

/** Marks papers as read (those not read yet); returns the papers it changed. */
export async function markAllRead(db: PaperdexDB, ids: readonly string[], now: number): Promise<Paper[]> {
  return db.transaction('rw', db.papers, db.pending, async () => {
    const papers = (await db.papers.bulkGet([...ids])).filter((p): p is Paper => p !== undefined && p.readAt === undefined);
    const changed = papers.map((paper) => ({ ...paper, readAt: now, updatedAt: now }));
    await db.papers.bulkPut(changed);
    await notePending(db, changed, [], true);
    return changed;
  });
}

/** The marks of papers by id, for the page; unknown ids are left out. */
export async function marksOf(db: PaperdexDB, ids: readonly string[]): Promise<PaperMark[]> {
  const papers = await db.papers.bulkGet([...ids]);
  return papers.filter((paper): paper is Paper => paper !== undefined).map((paper) => markOf(paper));
}

function setTime(paper: Paper, key: 'bookmarkedAt' | 'readAt', on: boolean, now: number): void {
  if (on) paper[key] ??= now;
  else delete paper[key];
}
