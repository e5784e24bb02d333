import { beforeEach, describe, expect, it, vi } from 'vitest';

// An in-memory storage.local and a manifest: the parts of the extension API the settings use.
const stored = new Map<string, unknown>();
const manifest = { optional_permissions: ['downloads', 'offscreen'] as string[] };
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getManifest: () => manifest },
    storage: {
      local: {
        get: async (key: string) => (stored.has(key) ? { [key]: structuredClone(stored.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) stored.set(key, structuredClone(value));
        },
      },
    },
  },
}));

const {
  backupPermissions,
  DEFAULT_BACKUP_SETTINGS,
  parseBackupLog,
  parseBackupSettings,
  readBackupLog,
  readBackupSettings,
  readLibraryChanges,
  writeBackupLog,
  writeBackupSettings,
} = await import('../../src/platform/backup-settings.js');

beforeEach(() => stored.clear());

describe('backup settings read from storage', () => {
  it('are off, daily, keeping 7, when nothing is stored', async () => {
    expect(await readBackupSettings()).toEqual({ enabled: false, interval: 'daily', keep: 7 });
  });

  it('keep what the person chose', async () => {
    await writeBackupSettings({ enabled: true, interval: 'weekly', keep: 3 });
    expect(await readBackupSettings()).toEqual({ enabled: true, interval: 'weekly', keep: 3 });
    await writeBackupSettings({ keep: 12 });
    expect(await readBackupSettings()).toEqual({ enabled: true, interval: 'weekly', keep: 12 });
  });

  it('repair wonky values instead of trusting them', () => {
    expect(parseBackupSettings({ enabled: 'yes', interval: 'hourly', keep: '5' })).toEqual(DEFAULT_BACKUP_SETTINGS);
    expect(parseBackupSettings('backups please')).toEqual(DEFAULT_BACKUP_SETTINGS);
    expect(parseBackupSettings(null)).toEqual(DEFAULT_BACKUP_SETTINGS);
    expect(parseBackupSettings({ enabled: true, interval: 'weekly', keep: 0 })).toEqual({ enabled: true, interval: 'weekly', keep: 1 });
    expect(parseBackupSettings({ keep: 10_000 }).keep).toBe(100);
    expect(parseBackupSettings({ keep: 2.6 }).keep).toBe(3);
    expect(parseBackupSettings({ keep: Number.NaN }).keep).toBe(7);
  });

  it('a written value out of range is stored repaired', async () => {
    await writeBackupSettings({ keep: -4 });
    expect(stored.get('backup')).toEqual({ enabled: false, interval: 'daily', keep: 1 });
  });
});

describe('the backup record read from storage', () => {
  const good = {
    lastBackupAt: 1_790_000_000_000,
    lastFingerprint: '120:1789999990000:4',
    last: { ok: true, at: 1_790_000_000_000, filename: 'Paperdex backups/paperdex-backup-2026-09-21-1453.json', papers: 120, removed: 1 },
    files: [{ id: 3, path: '/home/ada/Downloads/Paperdex backups/paperdex-backup-2026-09-21-1453.json', at: 1_790_000_000_000 }],
  };

  it('round-trips', async () => {
    await writeBackupLog(parseBackupLog(good));
    expect(await readBackupLog()).toEqual(good);
  });

  it('is empty when nothing is stored', async () => {
    expect(await readBackupLog()).toEqual({ files: [] });
  });

  it('keeps a failure and its reason', () => {
    const failed = { ...good, last: { ok: false, at: 1_790_000_100_000, error: 'The disk is full.' } };
    expect(parseBackupLog(failed).last).toEqual({ ok: false, at: 1_790_000_100_000, error: 'The disk is full.' });
  });

  it('drops malformed parts and keeps the rest', () => {
    const log = parseBackupLog({
      ...good,
      lastFingerprint: 42,
      last: { ok: true, at: 5 },
      files: [...good.files, { id: '4', path: '/x.json', at: 1 }, { id: 5.5, path: '/y.json', at: 1 }, { id: 6, at: 1 }, 'file', null],
    });
    expect(log).toEqual({ lastBackupAt: good.lastBackupAt, files: good.files });
    expect(parseBackupLog({ last: { ok: false, at: 1 } }).last).toBeUndefined();
    expect(parseBackupLog([1, 2, 3])).toEqual({ files: [] });
  });

  it('counts no library changes until some are stored, and ignores a corrupt count', async () => {
    expect(await readLibraryChanges()).toBe(0);
    stored.set('libraryChanges', 'many');
    expect(await readLibraryChanges()).toBe(0);
    stored.set('libraryChanges', 17);
    expect(await readLibraryChanges()).toBe(17);
  });
});

describe('the permissions backups ask for', () => {
  it('are the backup permissions the manifest declares optional: Chrome downloads and offscreen, Firefox downloads', () => {
    manifest.optional_permissions = ['downloads', 'offscreen'];
    expect(backupPermissions()).toEqual(['downloads', 'offscreen']);
    manifest.optional_permissions = ['downloads'];
    expect(backupPermissions()).toEqual(['downloads']);
  });
});
