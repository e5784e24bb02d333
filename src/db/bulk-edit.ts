/** The library page's bulk actions: bookmark, read state and tags of many papers, in one transaction. */
import type { PapersEdit } from '../core/messages.js';
import type { Paper } from '../core/paper.js';
import type { PaperdexDB } from './schema.js';
import { notePending } from './search-store.js';

/**
 * Applies the edit to each paper that it changes and returns those; papers already as asked (bookmarked
 * already, or without the tag to remove) are not written, so their updatedAt stays.
 */
export async function editPapers(db: PaperdexDB, edit: PapersEdit, now: number): Promise<Paper[]> {
  return db.transaction('rw', db.papers, db.pending, async () => {
    const papers = await db.papers.bulkGet([...new Set(edit.ids)]);
    const changed: Paper[] = [];
    let tagsChanged = false;
    for (const paper of papers) {
      if (!paper) continue;
      const next = edited(paper, edit, now);
      if (!next) continue;
      changed.push(next);
      if (next.tags !== paper.tags) tagsChanged = true;
    }
    await db.papers.bulkPut(changed);
    // Bookmark and read state are flags in the search index: no text to index again unless tags changed.
    await notePending(db, changed, [], !tagsChanged);
    return changed;
  });
}

/** The paper after the edit, or undefined when the edit changes nothing. */
function edited(paper: Paper, edit: PapersEdit, now: number): Paper | undefined {
  const next: Paper = { ...paper };
  let changed = false;
  for (const [key, on] of [['bookmarkedAt', edit.bookmarked], ['readAt', edit.read]] as const) {
    if (on === undefined || on === (paper[key] !== undefined)) continue;
    if (on) next[key] = now;
    else delete next[key];
    changed = true;
  }
  const tags = editedTags(paper.tags, edit);
  if (tags) {
    next.tags = tags;
    changed = true;
  }
  return changed ? { ...next, updatedAt: now } : undefined;
}

/** Removals first, then additions (at the end, in the order given); undefined when nothing changes. */
function editedTags(tags: readonly string[], { addTags = [], removeTags = [] }: PapersEdit): string[] | undefined {
  const remove = new Set(removeTags);
  const kept = tags.filter((tag) => !remove.has(tag));
  const next = [...new Set([...kept, ...addTags])];
  const same = next.length === tags.length && next.every((tag, i) => tag === tags[i]);
  return same ? undefined : next;
}
