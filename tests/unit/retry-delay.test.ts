/** A failed capture is tried again soon, then less and less often, and never given up while the tab is open. */
import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../src/core/retry-delay.js';

describe('retryDelay', () => {
  it('waits 5 s, 15 s, 1 min, then 5 min', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([5_000, 15_000, 60_000, 300_000]);
  });

  it('keeps retrying every 5 minutes after that', () => {
    expect([5, 12, 1_000].map(retryDelay)).toEqual([300_000, 300_000, 300_000]);
  });

  it('never waits less than the first delay, whatever it is asked', () => {
    expect([0, -3, Number.NaN].map(retryDelay).every((delay) => delay >= 5_000)).toBe(true);
  });
});
