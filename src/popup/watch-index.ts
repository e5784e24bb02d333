/** The search index as the popup sees it, kept current. */
import type * as SearchStore from '../db/search-store.js';
import type { StoredIndex } from '../db/search-store.js';
import { onLibraryChange } from '../platform/library-events.js';
import { readParts, type IndexParts } from './index-parts.js';
import { papersByIds } from './records.js';

/**
 * Follows the stored search index: calls back with it now and whenever the library changes. The base
 * (large, rewritten only on compaction) is read again only when the delta says it changed; the backlog the
 * background has not folded in yet is applied on the way, so results are never behind; `backlog` says how
 * much of it there was.
 */
export function watchIndex(
  first: Promise<IndexParts | undefined>,
  onIndex: (stored: StoredIndex | undefined, backlog: number) => void,
): { stop: () => void; reload: () => void } {
  let base: { stamp: number; bytes: Uint8Array } | undefined;
  let latest = 0;
  // The search engine is a chunk of its own: it loads while the library is read, not before the first paint.
  const engine: Promise<typeof SearchStore> = import('../db/search-store.js');
  let prefetched: Promise<IndexParts | undefined> | undefined = first;
  const load = async (): Promise<void> => {
    const run = ++latest;
    const { applyPending, bytesOf, openIndex } = await engine;
    let parts = await (prefetched ?? readParts(!base));
    prefetched = undefined;
    if (parts?.delta && base && parts.delta.baseStamp !== undefined && parts.delta.baseStamp !== base.stamp) {
      parts = await readParts(true); // compacted since: a new base
    }
    if (parts?.base) base = { stamp: parts.base.updatedAt, bytes: await bytesOf(parts.base) };
    const stored = parts?.delta && base ? await openIndex(base.bytes, base.stamp, parts.delta) : undefined;
    const changes = parts?.changes ?? [];
    if (stored && changes.length > 0) {
      const ids = [...new Set(changes.flatMap((change) => change.ids))];
      applyPending(stored.index, changes, await papersByIds(ids));
    }
    if (run === latest) onIndex(stored, changes.length);
  };
  const reload = (): void => {
    load().catch(() => onIndex(undefined, 0));
  };
  reload();
  // `reload`: read again now — after asking the background to build a missing index, whose announcement
  // may have gone out before this page was listening.
  return { stop: onLibraryChange(reload), reload };
}
