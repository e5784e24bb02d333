/** The little IndexedDB the benchmark page needs: papers by id, and stored blobs (the index parts). */

const DB_NAME = 'paperdex-bench';
const PAPERS = 'papers';
const BLOBS = 'blobs';

export function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(PAPERS, { keyPath: 'id' });
      request.result.createObjectStore(BLOBS, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export async function clearAll(db: IDBDatabase): Promise<void> {
  const tx = db.transaction([PAPERS, BLOBS], 'readwrite');
  tx.objectStore(PAPERS).clear();
  tx.objectStore(BLOBS).clear();
  await done(tx);
}

/** Writes records in transactions of `chunk`, as a capture-heavy history would have. */
export async function putPapers(db: IDBDatabase, papers: readonly object[], chunk = 2000): Promise<void> {
  for (let i = 0; i < papers.length; i += chunk) {
    const tx = db.transaction(PAPERS, 'readwrite');
    const store = tx.objectStore(PAPERS);
    for (const paper of papers.slice(i, i + chunk)) store.put(paper);
    await done(tx);
  }
}

/** All papers, or the first `count` by id. */
export async function getAllPapers<T>(db: IDBDatabase, count?: number): Promise<T[]> {
  const tx = db.transaction(PAPERS, 'readonly');
  return request<T[]>(tx.objectStore(PAPERS).getAll(null, count));
}

/** Writes blobs in one transaction, resolved once committed. */
export async function putBlobs(db: IDBDatabase, blobs: Record<string, Uint8Array | Blob>): Promise<void> {
  const tx = db.transaction(BLOBS, 'readwrite');
  for (const [key, bytes] of Object.entries(blobs)) tx.objectStore(BLOBS).put({ key, bytes });
  await done(tx);
}

/** The stored values of these keys, in order; undefined where missing. */
export async function getBlobs<T = Uint8Array>(
  db: IDBDatabase,
  keys: readonly string[],
): Promise<Array<T | undefined>> {
  const tx = db.transaction(BLOBS, 'readonly');
  const store = tx.objectStore(BLOBS);
  const rows = await Promise.all(keys.map((key) => request<{ bytes: T } | undefined>(store.get(key))));
  return rows.map((row) => row?.bytes);
}

function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}
