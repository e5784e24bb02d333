/**
 * The papers the format tests export: every paper of the seeds and saved pages, as their golden files
 * record them, with a person's state (bookmarks, read marks, tags, notes) on some of them.
 */
import { readdirSync } from 'node:fs';
import type { Paper } from '../../../src/core/paper.js';
import { titleKey } from '../../../src/core/paper-key.js';
import { GOLDEN_DIR, readGolden } from './golden.js';

const DAY = 86_400_000;
const FIRST_SEEN = Date.UTC(2025, 11, 8, 12);

export function goldenPapers(): Paper[] {
  const papers = new Map<string, Paper>();
  const names = readdirSync(GOLDEN_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
  for (const name of names) {
    const golden = readGolden(name);
    for (const entry of golden.entries) {
      if (papers.has(entry.id)) continue;
      const index = papers.size;
      papers.set(entry.id, {
        ...entry,
        ...(entry.title ? { titleKey: titleKey(entry.title) } : {}),
        sites: golden.site ? [golden.site] : [],
        firstSeenAt: FIRST_SEEN + index * 60_000,
        lastSeenAt: FIRST_SEEN + index * 60_000 + DAY,
        updatedAt: FIRST_SEEN + index * 60_000 + DAY,
        ...(index % 3 === 0 ? { bookmarkedAt: FIRST_SEEN + index * 60_000 + 1_000 } : {}),
        ...(index % 4 === 0 ? { readAt: FIRST_SEEN + index * 60_000 + 2 * DAY } : {}),
        tags: index % 2 === 0 ? ['reading-group', `topic-${index % 5}`] : [],
        note: index % 5 === 0 ? `Discuss on Friday: 50% of "${entry.title?.slice(0, 20) ?? ''}" {draft} & more` : '',
      });
    }
  }
  return [...papers.values()];
}
