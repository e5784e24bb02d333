/**
 * The library as the page holds it: every paper's row, the search index, and both kept current as the
 * library changes anywhere (other tabs capturing, the popup, this page's own actions).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredIndex } from '../db/search-store.js';
import { describeOpenFailure } from '../platform/open-failure.js';
import { onLibraryChange } from '../platform/library-events.js';
import { readParts } from '../popup/index-parts.js';
import { watchIndex } from '../popup/watch-index.js';
import { countPapers, readAllRows, readRows } from './read-rows.js';
import type { Row } from './rows.js';

export interface LibraryState {
  rows: ReadonlyMap<string, Row>;
  /** Bumped on every change to `rows` (the map is updated in place: copying 100,000 entries per change is not free). */
  version: number;
  index: StoredIndex['index'] | undefined;
  /** Papers read so far, and the library's size, while the first full read runs. */
  loading: { done: number; total: number } | undefined;
  error: string | undefined;
}

export function useLibrary(): LibraryState {
  const rows = useRef(new Map<string, Row>());
  const [version, setVersion] = useState(0);
  const [index, setIndex] = useState<StoredIndex['index'] | undefined>(undefined);
  const [loading, setLoading] = useState<LibraryState['loading']>({ done: 0, total: 0 });
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    // The index loads after the first rows are on screen: its decoding would hold them back.
    let stopIndex: (() => void) | undefined;
    const watchTheIndex = (): void => {
      if (!stopIndex && !cancelled) stopIndex = watchIndex(readParts(true), (stored) => {
        if (stored) setIndex(stored.index);
      });
    };
    const bump = (): void => setVersion((count) => count + 1);
    // Changes that arrive during the first read are applied after it, so a chunk read earlier never undoes them.
    const queued = new Set<string>();
    let reading = true;
    const refresh = async (ids: readonly string[]): Promise<void> => {
      const fresh = await readRows(ids);
      for (const id of ids) rows.current.delete(id);
      for (const row of fresh) rows.current.set(row.id, row);
      bump();
    };
    const stopChanges = onLibraryChange(({ ids = [], removed = [] }) => {
      for (const id of removed) rows.current.delete(id);
      if (reading) for (const id of ids) queued.add(id);
      else if (ids.length > 0) void refresh(ids);
      if (removed.length > 0) bump();
    });
    // The first rows are read at once; the count (a scan of the store at 100,000 papers) alongside.
    let total = 0;
    void countPapers().then((count) => (total = count), () => undefined);
    // The table lists what is read so far, updated a few times a second rather than after every read:
    // listing and counting tags over 100,000 rows two hundred times would cost seconds.
    let shownAt = 0;
    void readAllRows(
      (batch, done) => {
        if (done > 0) watchTheIndex();
        for (const row of batch) if (!queued.has(row.id)) rows.current.set(row.id, row);
        if (done === 0 || performance.now() - shownAt > 300) {
          shownAt = performance.now();
          setLoading({ done, total: Math.max(total, done) });
          bump();
        }
      },
      () => cancelled,
    )
      .then(async () => {
        watchTheIndex();
        reading = false;
        if (queued.size > 0) await refresh([...queued]);
        setLoading(undefined);
        bump();
      })
      .catch((failure: unknown) => {
        watchTheIndex();
        const { title, advice } = describeOpenFailure(failure);
        setError(`${title} ${advice}`);
        setLoading(undefined);
      });
    return () => {
      cancelled = true;
      stopIndex?.();
      stopChanges();
    };
  }, []);

  return { rows: rows.current, version, index, loading, error };
}
