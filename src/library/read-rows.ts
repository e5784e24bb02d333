/**
 * Reads the library's rows: the most recently seen first (the first screen), then every paper in chunks
 * by key, so a 100,000-paper library is on screen at once and sortable a few seconds later, without ever
 * holding every abstract in memory.
 */
import type { Paper } from '../core/paper.js';
import { getMany, lastRecords, library, requestResult } from '../popup/read-db.js';
import { rowOf, type Row } from './rows.js';

/** Papers per read: each read's decoding is one task on the page's thread, short enough not to hold up typing or scrolling. */
const CHUNK = 500;
export const FIRST_ROWS = 100;

/** Calls back with each batch of rows as it is read; resolves when every paper has been read. */
export async function readAllRows(onRows: (rows: Row[], done: number) => void, isCancelled: () => boolean): Promise<void> {
  onRows((await lastRecords<Paper>('papers', 'lastSeenAt', FIRST_ROWS)).map(rowOf), 0);
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0))); // the first rows on screen first
  const db = await library();
  if (!db || !db.objectStoreNames.contains('papers')) return;
  let after: string | undefined;
  let done = 0;
  while (!isCancelled()) {
    const store = db.transaction('papers', 'readonly').objectStore('papers');
    const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
    const papers = await requestResult<Paper[]>(store.getAll(range, CHUNK));
    done += papers.length;
    onRows(papers.map(rowOf), done);
    if (papers.length < CHUNK) return;
    after = papers.at(-1)!.id;
    await new Promise((yielded) => setTimeout(yielded, 0)); // input and paint between reads
  }
}

/** The rows of these papers now; ids missing from the answer are gone from the library. */
export async function readRows(ids: readonly string[]): Promise<Row[]> {
  return (await getMany<Paper>('papers', ids)).map(rowOf);
}

export async function countPapers(): Promise<number> {
  const db = await library();
  if (!db || !db.objectStoreNames.contains('papers')) return 0;
  return requestResult<number>(db.transaction('papers', 'readonly').objectStore('papers').count());
}
