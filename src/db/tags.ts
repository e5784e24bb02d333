/**
 * Tags across the library: how many papers carry each, renaming (onto an existing tag: merging) and
 * deleting. Each reads only the papers with the tag, through the papers' tag index.
 */
import type { Paper } from '../core/paper.js';
import type { PaperdexDB } from './schema.js';
import { notePending } from './search-store.js';

export interface TagCount {
  tag: string;
  count: number;
}

/** Every tag and how many papers carry it, in tag order; from the index alone, no paper is read. */
export async function tagCounts(db: PaperdexDB): Promise<TagCount[]> {
  // One index key per (paper, tag), in tag order: counting runs of equal keys gives each tag's count.
  const keys = (await db.papers.orderBy('tags').keys()) as string[];
  const counts: TagCount[] = [];
  for (const tag of keys) {
    const last = counts.at(-1);
    if (last?.tag === tag) last.count++;
    else counts.push({ tag, count: 1 });
  }
  return counts;
}

/** Renames a tag on every paper; a paper that already has `to` keeps one of it. Returns the papers changed. */
export async function renameTag(db: PaperdexDB, from: string, to: string, now: number): Promise<Paper[]> {
  if (from === to) return [];
  return retag(db, from, now, (tags) => [...new Set(tags.map((tag) => (tag === from ? to : tag)))]);
}

/** Removes a tag from every paper. Returns the papers changed. */
export async function deleteTag(db: PaperdexDB, tag: string, now: number): Promise<Paper[]> {
  return retag(db, tag, now, (tags) => tags.filter((other) => other !== tag));
}

async function retag(db: PaperdexDB, tag: string, now: number, change: (tags: string[]) => string[]): Promise<Paper[]> {
  return db.transaction('rw', db.papers, db.pending, async () => {
    const papers = await db.papers.where('tags').equals(tag).toArray();
    const changed = papers.map((paper) => ({ ...paper, tags: change(paper.tags), updatedAt: now }));
    await db.papers.bulkPut(changed);
    // Tags are searchable text: the index reads these papers again.
    await notePending(db, changed, [], false);
    return changed;
  });
}
