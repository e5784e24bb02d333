/**
 * The popup's reads of the library, straight from IndexedDB. The popup only reads (the background is the
 * only writer), and a handful of key and index reads do not need Dexie: leaving its 98 KB out of the popup
 * saves a fifth of the time to first results when it opens (see docs/benchmarks.md).
 */
const NAME = 'paperdex';

let opening: Promise<IDBDatabase | undefined> | undefined;

/** The library, or undefined when it does not exist yet (nothing captured so far). */
export function library(): Promise<IDBDatabase | undefined> {
  opening ??= new Promise((done, fail) => {
    const request = indexedDB.open(NAME);
    // No database yet: do not create one here (its schema is the background's to create).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close(); // the background is upgrading the schema: let it, and open again next time
        opening = undefined;
      };
      done(db);
    };
    request.onerror = () => {
      opening = undefined;
      if (request.error?.name === 'AbortError') done(undefined);
      else fail(request.error ?? new DOMException('The library could not be opened.', 'UnknownError'));
    };
  });
  return opening;
}

/**
 * Why the library cannot be opened (a damaged or full disk, storage blocked), or undefined when it opens or
 * does not exist yet: the popup says so rather than showing an empty library.
 */
export function openError(): Promise<unknown> {
  return library().then(
    () => undefined,
    (error: unknown) => error,
  );
}

function result<T>(request: IDBRequest): Promise<T> {
  return new Promise((done, fail) => {
    request.onsuccess = () => done(request.result as T);
    request.onerror = () => fail(request.error);
  });
}

async function store(name: string): Promise<IDBObjectStore | undefined> {
  const db = await library();
  return db?.objectStoreNames.contains(name) ? db.transaction(name, 'readonly').objectStore(name) : undefined;
}

/** Records by key, in order; missing ones are left out. */
export async function getMany<T>(storeName: string, keys: readonly string[]): Promise<T[]> {
  const objects = await store(storeName);
  if (!objects || keys.length === 0) return [];
  const found: (T | undefined)[] = await Promise.all(keys.map((key) => result<T | undefined>(objects.get(key))));
  return found.filter((item): item is T => item !== undefined);
}

/** Every record of a store. */
export async function getAll<T>(storeName: string): Promise<T[]> {
  const objects = await store(storeName);
  return objects ? result<T[]>(objects.getAll()) : [];
}

/** Records whose index value equals `value`. */
export async function getByIndex<T>(storeName: string, index: string, value: string): Promise<T[]> {
  const objects = await store(storeName);
  return objects ? result<T[]>(objects.index(index).getAll(value)) : [];
}

/** The `limit` records with the highest index values, highest first. */
export async function lastRecords<T>(storeName: string, index: string, limit: number): Promise<T[]> {
  const objects = await store(storeName);
  if (!objects) return [];
  const source = objects.index(index) as IDBIndex & {
    getAllRecords?: (options: { count: number; direction: 'prev' }) => IDBRequest<{ value: T }[]>;
  };
  // One request where the browser has it (Chromium 141+); a cursor elsewhere.
  if (source.getAllRecords) {
    return (await result<{ value: T }[]>(source.getAllRecords({ count: limit, direction: 'prev' }))).map((r) => r.value);
  }
  const records: T[] = [];
  const cursor = source.openCursor(null, 'prev');
  return new Promise((done, fail) => {
    cursor.onsuccess = () => {
      const position = cursor.result;
      if (!position || records.length >= limit) return done(records);
      records.push(position.value as T);
      position.continue();
    };
    cursor.onerror = () => fail(cursor.error);
  });
}

/** Several reads in one transaction, so they see the same moment of the library. */
export async function snapshot<T>(storeNames: string[], read: (tx: IDBTransaction) => Promise<T>): Promise<T | undefined> {
  const db = await library();
  if (!db || !storeNames.every((name) => db.objectStoreNames.contains(name))) return undefined;
  return read(db.transaction(storeNames, 'readonly'));
}

export { result as requestResult };
