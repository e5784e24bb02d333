import { describe, expect, it } from 'vitest';
import { isDiskFull } from '../../src/platform/storage-errors.js';

describe('a full disk is recognised however IndexedDB and Dexie report it', () => {
  it('as the browser throws it, wrapped by Dexie, or in a bulk write', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isDiskFull(quota)).toBe(true);
    expect(isDiskFull({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isDiskFull({ name: 'BulkError', failures: [{ name: 'ConstraintError' }, quota] })).toBe(true);
  });

  it('and nothing else is taken for it', () => {
    expect(isDiskFull(new DOMException('blocked', 'VersionError'))).toBe(false);
    expect(isDiskFull({ name: 'BulkError', failures: [{ name: 'ConstraintError' }] })).toBe(false);
    expect(isDiskFull(new Error('QuotaExceededError'))).toBe(false);
    expect(isDiskFull(undefined)).toBe(false);
    const cycle: { inner?: unknown; name: string } = { name: 'AbortError' };
    cycle.inner = cycle;
    expect(isDiskFull(cycle)).toBe(false);
  });
});
