import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsToRemove,
  describeDownloadError,
  INTERVAL_MS,
  isBackupDue,
  isBackupTime,
  libraryFingerprint,
  RETRY_AFTER_MS,
  shownFileName,
  type KeptBackup,
} from '../../src/core/backup-plan.js';

const HOUR = 60 * 60 * 1000;
const NOW = new Date(2026, 10, 29, 9, 5).getTime();
const DAILY = { enabled: true, interval: 'daily' as const };
const WEEKLY = { enabled: true, interval: 'weekly' as const };

describe('is a backup due', () => {
  const counts = { papers: 120, lastSeenAt: NOW - HOUR, changes: 4 };
  const before = libraryFingerprint(counts);
  const changed = libraryFingerprint({ ...counts, changes: 5 });

  it('never while backups are off', () => {
    expect(isBackupDue({ enabled: false, interval: 'daily' }, {}, changed, NOW)).toBe(false);
  });

  it('at once when none was ever made', () => {
    expect(isBackupDue(DAILY, {}, before, NOW)).toBe(true);
  });

  it('when the interval has passed and the library changed', () => {
    const history = { lastBackupAt: NOW - INTERVAL_MS.daily, lastFingerprint: before };
    expect(isBackupDue(DAILY, history, changed, NOW)).toBe(true);
    expect(isBackupDue(DAILY, { ...history, lastBackupAt: NOW - INTERVAL_MS.daily + 1 }, changed, NOW)).toBe(false);
  });

  it('not when the library is as it was at the last backup, however long ago', () => {
    expect(isBackupDue(DAILY, { lastBackupAt: NOW - 30 * INTERVAL_MS.daily, lastFingerprint: before }, before, NOW)).toBe(false);
  });

  it('weekly waits a week', () => {
    const history = { lastBackupAt: NOW - 3 * INTERVAL_MS.daily, lastFingerprint: before };
    expect(isBackupDue(WEEKLY, history, changed, NOW)).toBe(false);
    expect(isBackupDue(DAILY, history, changed, NOW)).toBe(true);
    expect(isBackupDue(WEEKLY, { ...history, lastBackupAt: NOW - INTERVAL_MS.weekly }, changed, NOW)).toBe(true);
  });

  it('waits an hour after a failed attempt before trying again', () => {
    const history = { lastBackupAt: NOW - 2 * INTERVAL_MS.daily, lastFingerprint: before, lastFailureAt: NOW - 10 * 60 * 1000 };
    expect(isBackupDue(DAILY, history, changed, NOW)).toBe(false);
    expect(isBackupDue(DAILY, history, changed, history.lastFailureAt + RETRY_AFTER_MS)).toBe(true);
  });

  it('a clock set back does not stop backups', () => {
    expect(isBackupDue(DAILY, { lastBackupAt: NOW + 5 * INTERVAL_MS.daily, lastFingerprint: before }, changed, NOW)).toBe(true);
  });

  it('is decided on time alone, without the library, whenever the time has not come', () => {
    const recent = { lastBackupAt: NOW - HOUR, lastFingerprint: before };
    expect(isBackupTime(DAILY, recent, NOW)).toBe(false);
    expect(isBackupDue(DAILY, recent, changed, NOW)).toBe(false);
    expect(isBackupTime({ enabled: false, interval: 'daily' }, {}, NOW)).toBe(false);
    const old = { lastBackupAt: NOW - INTERVAL_MS.daily, lastFingerprint: before };
    expect(isBackupTime(DAILY, old, NOW)).toBe(true);
    expect(isBackupDue(DAILY, old, before, NOW)).toBe(false);
  });

  it('the fingerprint moves with each part: papers, the latest sighting, counted changes', () => {
    const prints = new Set([
      before,
      libraryFingerprint({ ...counts, papers: 121 }),
      libraryFingerprint({ ...counts, lastSeenAt: NOW }),
      libraryFingerprint({ ...counts, changes: 5 }),
    ]);
    expect(prints.size).toBe(4);
  });
});

describe('backup file name', () => {
  it('is in the backups folder, named by local date and time to the minute', () => {
    expect(backupFileName(new Date(2026, 10, 29, 9, 5))).toBe('Paperdex backups/paperdex-backup-2026-11-29-0905.json');
    expect(backupFileName(new Date(2027, 0, 3, 23, 59, 59))).toBe('Paperdex backups/paperdex-backup-2027-01-03-2359.json');
  });

  it('shows the name the browser chose (a second backup in the same minute gets a suffix)', () => {
    const requested = backupFileName(new Date(2026, 10, 29, 9, 5));
    expect(shownFileName('/home/ada/Downloads/Paperdex backups/paperdex-backup-2026-11-29-0905 (1).json', requested)).toBe(
      'Paperdex backups/paperdex-backup-2026-11-29-0905 (1).json',
    );
    expect(shownFileName('C:\\Users\\ada\\Downloads\\Paperdex backups\\paperdex-backup-2026-11-29-0905.json', requested)).toBe(requested);
  });
});

describe('which old backups to remove', () => {
  const backup = (id: number, daysAgo: number): KeptBackup => ({ id, path: `/d/Paperdex backups/${id}.json`, at: NOW - daysAgo * INTERVAL_MS.daily });

  it('keeps the newest N and removes the rest, oldest first', () => {
    const backups = [backup(1, 9), backup(2, 8), backup(3, 7), backup(4, 1), backup(5, 0)];
    expect(backupsToRemove(backups, 2).map((b) => b.id)).toEqual([1, 2, 3]);
  });

  it('goes by time, not by the order they are listed in', () => {
    const backups = [backup(7, 0), backup(3, 5), backup(9, 2)];
    expect(backupsToRemove(backups, 1).map((b) => b.id)).toEqual([3, 9]);
  });

  it('removes nothing while there are N or fewer', () => {
    const backups = [backup(1, 2), backup(2, 1)];
    expect(backupsToRemove(backups, 2)).toEqual([]);
    expect(backupsToRemove(backups, 7)).toEqual([]);
    expect(backupsToRemove([], 1)).toEqual([]);
  });

  it('two backups in the same millisecond: the later download is the newer', () => {
    const same = [{ ...backup(4, 0) }, { ...backup(5, 0) }];
    expect(backupsToRemove(same, 1).map((b) => b.id)).toEqual([4]);
  });
});

describe('download failures in words', () => {
  it('says the disk is full, and that the library is unharmed', () => {
    expect(describeDownloadError('FILE_NO_SPACE')).toMatch(/disk is full.*library itself is unharmed/);
  });

  it('says a file that could not be written in the downloads folder', () => {
    expect(describeDownloadError('FILE_FAILED')).toMatch(/^The backup file could not be written in the downloads folder/);
  });

  it('names an unknown reason rather than hiding it', () => {
    expect(describeDownloadError('NETWORK_FAILED')).toBe('The backup download failed (NETWORK_FAILED).');
    expect(describeDownloadError(undefined)).toBe('The backup download failed.');
  });
});
