/** Whether an IndexedDB or Dexie error means the disk (or the browser's quota for Paperdex) is full. */
export function isDiskFull(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (!value || typeof value !== 'object' || seen.has(value)) return false;
    seen.add(value);
    const record = value as { name?: unknown; inner?: unknown; failures?: unknown };
    if (record.name === 'QuotaExceededError') return true;
    // Dexie wraps the browser's error (`inner`), and a bulk write lists one per record (`failures`).
    return visit(record.inner) || (Array.isArray(record.failures) && record.failures.some(visit));
  };
  return visit(error);
}
