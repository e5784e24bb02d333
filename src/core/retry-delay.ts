/**
 * When a capture that did not land is tried again. Most failures pass quickly (a service worker being
 * restarted, the database busy upgrading), so the first retry comes soon; a full disk may take a while to
 * free, so the retries then slow down and settle at one every five minutes for as long as the tab is open.
 */
export const RETRY_DELAYS_MS: readonly number[] = [5_000, 15_000, 60_000, 300_000];

/** The wait before the `attempt`-th retry in a row (1 for the first). */
export function retryDelay(attempt: number): number {
  const step = Number.isFinite(attempt) ? Math.min(Math.max(Math.floor(attempt), 1), RETRY_DELAYS_MS.length) : 1;
  return RETRY_DELAYS_MS[step - 1]!;
}
