/**
 * Scheduled backups as pure decisions: whether one is due, what the file is called, which old ones go.
 * The background applies them with the downloads API (src/background/backup.ts).
 */

export type BackupInterval = 'daily' | 'weekly';
export const BACKUP_INTERVALS: readonly BackupInterval[] = ['daily', 'weekly'];

const HOUR = 60 * 60 * 1000;
export const INTERVAL_MS: Readonly<Record<BackupInterval, number>> = { daily: 24 * HOUR, weekly: 7 * 24 * HOUR };

/**
 * After a failed backup, scheduled ones wait this long before trying again: a full disk or a refused
 * download stays so for a while, and every capture would otherwise try (and fail) once more.
 */
export const RETRY_AFTER_MS = HOUR;

/** The folder in the downloads folder that backups go to. */
export const BACKUP_FOLDER = 'Paperdex backups';

/** Cheap facts about the library that change whenever it does (see libraryFingerprint). */
export interface LibraryCounts {
  papers: number;
  /** The latest `lastSeenAt` (read from its index, not by scanning papers): moves with every capture. */
  lastSeenAt: number;
  /** Changes the background has counted: edits of bookmarks, tags and notes move neither of the above. */
  changes: number;
}

/** Equal fingerprints mean no backup is needed: nothing was captured, edited, imported or deleted. */
export function libraryFingerprint(counts: LibraryCounts): string {
  return `${counts.papers}:${counts.lastSeenAt}:${counts.changes}`;
}

export interface BackupSchedule {
  enabled: boolean;
  interval: BackupInterval;
}

export interface BackupHistory {
  /** When the last backup that succeeded was made. */
  lastBackupAt?: number;
  /** The library's fingerprint when it was made. */
  lastFingerprint?: string;
  /** When the last attempt failed, if it did. */
  lastFailureAt?: number;
}

/**
 * A backup is due when backups are on, the library changed since the last one, the interval has passed
 * since it, and no attempt failed in the last hour.
 */
export function isBackupDue(schedule: BackupSchedule, history: BackupHistory, fingerprint: string, now: number): boolean {
  if (!isBackupTime(schedule, history, now)) return false;
  return history.lastBackupAt === undefined || fingerprint !== history.lastFingerprint;
}

/**
 * The part of isBackupDue that needs no look at the library: most checks end here, so the library is not
 * counted for them. A clock set back (the last backup "in the future") counts as the interval having
 * passed, so a wrong clock cannot stop backups for weeks.
 */
export function isBackupTime(schedule: BackupSchedule, history: BackupHistory, now: number): boolean {
  if (!schedule.enabled) return false;
  if (history.lastFailureAt !== undefined && now >= history.lastFailureAt && now - history.lastFailureAt < RETRY_AFTER_MS) {
    return false;
  }
  if (history.lastBackupAt === undefined) return true;
  const elapsed = now - history.lastBackupAt;
  return elapsed < 0 || elapsed >= INTERVAL_MS[schedule.interval];
}

/** `Paperdex backups/paperdex-backup-YYYY-MM-DD-HHmm.json`, in the person's local time. */
export function backupFileName(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${BACKUP_FOLDER}/paperdex-backup-${day}-${two(date.getHours())}${two(date.getMinutes())}.json`;
}

/** A backup Paperdex wrote and may remove again. */
export interface KeptBackup {
  /** The browser's download id. */
  id: number;
  /** The file's full path as the browser reported it: proof that a download found later is this file. */
  path: string;
  /** When it was written. */
  at: number;
}

/** The backups beyond the newest `keep`, oldest first. */
export function backupsToRemove(backups: readonly KeptBackup[], keep: number): KeptBackup[] {
  const newestFirst = [...backups].sort((a, b) => b.at - a.at || b.id - a.id);
  return newestFirst.slice(Math.max(0, keep)).reverse();
}

/** The file name as the person sees it in their downloads folder: `Paperdex backups/…json`. */
export function shownFileName(path: string, requested: string): string {
  const base = path.split(/[\\/]/).pop();
  return base ? `${BACKUP_FOLDER}/${base}` : requested;
}

/** Why a download stopped, in words (the codes are the downloads API's `InterruptReason`). */
export function describeDownloadError(code: string | undefined): string {
  switch (code) {
    case 'FILE_NO_SPACE':
      return 'The disk is full, so the backup could not be written. Free some space; the library itself is unharmed.';
    case 'FILE_FAILED':
    case 'FILE_TRANSIENT_ERROR':
      return 'The backup file could not be written in the downloads folder. Check that the folder exists and can be written to.';
    case 'FILE_ACCESS_DENIED':
      return 'The browser may not write to the downloads folder, so the backup could not be saved.';
    case 'FILE_NAME_TOO_LONG':
    case 'FILE_TOO_LARGE':
      return 'The downloads folder refused the backup file (name or size). Choose another downloads folder in the browser’s settings.';
    case 'FILE_BLOCKED':
    case 'FILE_SECURITY_CHECK_FAILED':
    case 'FILE_VIRUS_INFECTED':
      return 'The browser or system blocked the backup file.';
    case 'USER_CANCELED':
      return 'The backup download was cancelled.';
    case 'USER_SHUTDOWN':
    case 'CRASH':
      return 'The browser closed while the backup was being written.';
    default:
      return `The backup download failed${code ? ` (${code})` : ''}.`;
  }
}
