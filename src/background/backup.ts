/**
 * Backups: the library written as a Paperdex library file to `Paperdex backups/` in the downloads folder,
 * when the person asks and on a schedule, keeping the last N.
 *
 * No alarms, and so no `alarms` permission: a backup is due only when the chosen interval has passed since
 * the last one AND the library changed since (src/core/backup-plan.ts). Every change to the library goes
 * through this background, so checking when it starts (browser start, or any event that wakes it) and a
 * few seconds after each change finds every backup that is due; a library no one touches needs none. A
 * timer would only wake the worker to find nothing new.
 */
import browser from 'webextension-polyfill';
import type { BackupReport } from '../core/messages.js';
import { backupFileName, backupsToRemove, isBackupDue, isBackupTime, libraryFingerprint, shownFileName } from '../core/backup-plan.js';
import { db } from '../db/schema.js';
import {
  backupPermissions,
  onBackupChanged,
  readBackupLog,
  readBackupSettings,
  readLibraryChanges,
  writeBackupLog,
  writeLibraryChanges,
  type BackupLog,
} from '../platform/backup-settings.js';
import { libraryBlobUrl, MISSING_PERMISSION } from '../offscreen/blob-url.js';
import { downloadToFile, removeBackup } from './backup-downloads.js';
import { ReadableError } from './errors.js';

/** Captures come in bursts while the person browses: one check after the burst. */
const CHECK_DELAY_MS = 5_000;

// One backup (or check) at a time: "Back up now" during a scheduled backup waits for it.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Writes a backup now; a failure is recorded as the last result and thrown in words. */
export function runBackup(reason: 'now' | 'scheduled'): Promise<BackupReport> {
  return oneAtATime(() => keptAwake(() => backUp(reason)));
}

/** Writes a backup if one is due; a failure is recorded (and shown in the settings), not thrown. */
export function backupIfDue(): Promise<void> {
  return oneAtATime(async () => {
    const [settings, log] = await Promise.all([readBackupSettings(), readBackupLog()]);
    const history = { ...log, lastFailureAt: log.last?.ok === false ? log.last.at : undefined };
    const now = Date.now();
    if (!isBackupTime(settings, history, now) || !isBackupDue(settings, history, await currentFingerprint(), now)) return;
    await keptAwake(() => backUp('scheduled'));
  }).catch((error: unknown) => console.warn('Paperdex: the scheduled backup failed', error));
}

let counting: Promise<void> = Promise.resolve();
let checkTimer: ReturnType<typeof setTimeout> | undefined;

/** After a change to the library: count it (edits move no other part of the fingerprint), check soon. */
export function backupSoon(): void {
  counting = counting.then(async () => writeLibraryChanges((await readLibraryChanges()) + 1)).catch(() => undefined);
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => void backupIfDue(), CHECK_DELAY_MS);
}

/** Registers the checks at start (listeners synchronously, as MV3 requires) and makes the first one. */
export function startBackups(): void {
  browser.runtime.onStartup.addListener(() => void backupIfDue());
  // Turning backups on makes the first one at once.
  onBackupChanged(({ settings }) => {
    if (settings?.enabled) void backupIfDue();
  });
  void backupIfDue();
}

/**
 * Chrome stops a worker that handled no event for 30 s, and one waiting for the offscreen document to read
 * a large library (tens of seconds at 100,000 papers) looks idle; any extension API call restarts the count.
 */
async function keptAwake<T>(task: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
  try {
    return await task();
  } finally {
    clearInterval(timer);
  }
}

async function backUp(reason: 'now' | 'scheduled'): Promise<BackupReport> {
  const now = new Date();
  const log = await readBackupLog();
  try {
    // Taken before the library is read: a change made while the file is written makes the next backup due.
    const fingerprint = await currentFingerprint();
    const permissions = backupPermissions() as browser.Manifest.OptionalPermission[];
    if (!(await browser.permissions.contains({ permissions }))) throw new ReadableError(MISSING_PERMISSION);
    const { report, files } = await writeBackup(now, log);
    await writeBackupLog({ lastBackupAt: now.getTime(), lastFingerprint: fingerprint, last: { ok: true, at: now.getTime(), ...report }, files });
    return report;
  } catch (error) {
    const message = describeBackupError(error, reason);
    await writeBackupLog({ ...log, last: { ok: false, at: now.getTime(), error: message } }).catch(() => undefined);
    throw new ReadableError(message);
  }
}

async function writeBackup(now: Date, log: BackupLog): Promise<{ report: BackupReport; files: BackupLog['files'] }> {
  const filename = backupFileName(now);
  const blob = await libraryBlobUrl(now);
  const item = await downloadToFile(blob.url, filename).finally(() => blob.release());
  const written = [...log.files, { id: item.id, path: item.filename, at: now.getTime() }];
  const old = backupsToRemove(written, (await readBackupSettings()).keep);
  let removed = 0;
  for (const backup of old) if (await removeBackup(backup)) removed += 1;
  return {
    report: { filename: shownFileName(item.filename, filename), papers: blob.papers, removed },
    files: written.filter((backup) => !old.includes(backup)),
  };
}

async function currentFingerprint(): Promise<string> {
  const [papers, lastSeenAt, changes] = await Promise.all([
    db.papers.count(),
    db.papers.orderBy('lastSeenAt').lastKey(),
    readLibraryChanges(),
  ]);
  return libraryFingerprint({ papers, lastSeenAt: typeof lastSeenAt === 'number' ? lastSeenAt : 0, changes });
}

function describeBackupError(error: unknown, reason: 'now' | 'scheduled'): string {
  if (error instanceof ReadableError) return error.message;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'The disk is full, so the backup could not be written. The library itself is unharmed.';
  const what = reason === 'now' ? 'The backup' : 'The scheduled backup';
  return `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
}
