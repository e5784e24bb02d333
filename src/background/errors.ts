/** Failures in words a person can act on. */
import { isDiskFull } from '../platform/storage-errors.js';

/** An error whose message is already written for the person reading it. */
export class ReadableError extends Error {
  override name = 'ReadableError';
}

export function describeError(error: unknown): string {
  if (error instanceof ReadableError) return error.message;
  const name = (error as { name?: string } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (isDiskFull(error)) {
    return 'The disk is full, so Paperdex could not save these papers. Nothing already saved was lost; free some space and Paperdex will save them by itself (the page tries again).';
  }
  if (name === 'VersionError' || inner === 'VersionError') {
    return 'The library is being upgraded in another window. Reload the page in a moment.';
  }
  return `Paperdex could not save: ${error instanceof Error ? error.message : String(error)}`;
}
