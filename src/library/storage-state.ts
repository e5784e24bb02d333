/** How much room the library takes, and whether the browser has promised to keep it. */

export interface StorageState {
  usage: number | undefined;
  quota: number | undefined;
  persisted: boolean;
}

export async function readStorage(): Promise<StorageState> {
  const [estimate, persisted] = await Promise.all([
    navigator.storage?.estimate?.().catch(() => undefined),
    navigator.storage?.persisted?.().catch(() => false),
  ]);
  return { usage: estimate?.usage, quota: estimate?.quota, persisted: persisted === true };
}

export function describeStorage({ usage, quota, persisted }: StorageState): string {
  const used = usage === undefined ? 'Storage used is unknown' : `Paperdex uses ${formatBytes(usage)}`;
  const room = quota === undefined ? '' : ` of the ${formatBytes(quota)} the browser allows it`;
  const kept = persisted
    ? 'The browser keeps it even when disk space runs low.'
    : 'The browser may clear it when disk space runs low, unless you allow it to keep it (or keep backups).';
  return `${used}${room}. ${kept}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
