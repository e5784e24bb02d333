/** The search index as the popup sees it, kept current. */
import type * as SearchStore from '../db/search-store.js';
import type { StoredIndex } from '../db/search-store.js';
import { onLibraryChange } from '../platform/library-events.js';
import { send } from '../platform/messaging.js';
import { readParts, type IndexParts } from './index-parts.js';
import { papersByIds } from './records.js';

/**
 * Follows the stored search index: calls back with it now and whenever the library changes. The base
 * (large, rewritten only on compaction) is read again only when the delta says it changed; the backlog the
 * background has not folded in yet is applied on the way, so results are never behind, and the background
 * is asked to fold it in (its worker was stopped). No index stored yet: the background is asked to build
 * it, then it is read again (its announcement may go out before this page listens); `undefined` means
 * there is still none.
 */
export function watchIndex(first: Promise<IndexParts | undefined>, onIndex: (stored: StoredIndex | undefined) => void): () => void {
  let ensured = false;
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
    if (run !== latest) return;
    if (changes.length > 0) send('index/ensure', {}).catch(() => undefined);
    if (!stored && !ensured) {
      ensured = true;
      send('index/ensure', {}).then(reload, () => onIndex(undefined));
      return;
    }
    onIndex(stored);
  };
  const reload = (): void => {
    load().catch(() => onIndex(undefined));
  };
  reload();
  return onLibraryChange(reload);
}
