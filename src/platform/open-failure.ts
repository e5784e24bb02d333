/**
 * What to tell the person when the browser will not open the library's database, for every page that
 * reads it (the popup, the library page). Their papers are still on disk in almost every case, so the
 * words say what happened and what to do, never that the library is empty.
 */

export interface OpenFailure {
  /** One line: what happened. */
  title: string;
  /** What to do about it. */
  advice: string;
}

const TITLE = 'Paperdex could not open your library.';

export function describeOpenFailure(error: unknown): OpenFailure {
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return { title: TITLE, advice: 'The disk is full. Free some space, then open Paperdex again; your papers are kept.' };
  }
  if (name === 'VersionError') {
    return {
      title: TITLE,
      advice: 'It was saved by a newer version of Paperdex. Update Paperdex (or reload it from the extensions page) to open it; nothing was changed.',
    };
  }
  if (name === 'InvalidStateError' || name === 'SecurityError') {
    return {
      title: TITLE,
      advice: 'The browser does not let extensions store data here (a private window, or site data blocked in its settings). Allow site data, or use a normal window.',
    };
  }
  return {
    title: TITLE,
    advice: 'The browser could not read its storage. Close every window of the browser and open it again; your papers are not deleted.',
  };
}

function errorName(error: unknown): string | undefined {
  const record = error as { name?: unknown; inner?: { name?: unknown } } | null | undefined;
  // Dexie wraps the browser's error (OpenFailedError around the DOMException): the inner one says why.
  const inner = record?.inner?.name;
  if (typeof inner === 'string') return inner;
  return typeof record?.name === 'string' ? record.name : undefined;
}
