/**
 * Backups' settings (on or off, how often, how many to keep) and their record (the last backup, the files
 * kept), in extension storage. Read values are checked and repaired, never trusted.
 *
 * Three keys, each with one writer, so no read-modify-write of one can undo another's: `backup` is the
 * person's (the library page), `backupLog` and `libraryChanges` the background's.
 */
import browser from 'webextension-polyfill';
import { BACKUP_INTERVALS, type BackupInterval, type KeptBackup } from '../core/backup-plan.js';
import { asArray, asNumber, asRecord, asString } from '../core/json-read.js';

export interface BackupSettings {
  enabled: boolean;
  interval: BackupInterval;
  /** How many backups to keep; older ones are removed. */
  keep: number;
}

export const KEEP_MIN = 1;
export const KEEP_MAX = 100;
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { enabled: false, interval: 'daily', keep: 7 };

/** The outcome of the last backup, kept to show it: the file written, or the reason it failed. */
export type BackupResult =
  | { ok: true; at: number; filename: string; papers: number; removed: number }
  | { ok: false; at: number; error: string };

export interface BackupLog {
  /** When the last successful backup was made, and the library's fingerprint then. */
  lastBackupAt?: number;
  lastFingerprint?: string;
  /** The last attempt, successful or not. */
  last?: BackupResult;
  /** The backups written and not yet removed, oldest first. */
  files: KeptBackup[];
}

const SETTINGS_KEY = 'backup';
const LOG_KEY = 'backupLog';
const CHANGES_KEY = 'libraryChanges';

/** Optional permissions backups need: `downloads`, and on Chrome `offscreen` (the Firefox build has none). */
const WANTED = ['downloads', 'offscreen'];

export function backupPermissions(): string[] {
  const optional = browser.runtime.getManifest().optional_permissions ?? [];
  return WANTED.filter((permission) => (optional as string[]).includes(permission));
}

export function parseBackupSettings(raw: unknown): BackupSettings {
  const stored = asRecord(raw);
  const interval = asString(stored?.['interval']);
  const keep = asNumber(stored?.['keep']);
  return {
    enabled: stored?.['enabled'] === true,
    interval: BACKUP_INTERVALS.includes(interval as BackupInterval) ? (interval as BackupInterval) : DEFAULT_BACKUP_SETTINGS.interval,
    keep: keep === undefined ? DEFAULT_BACKUP_SETTINGS.keep : clampKeep(keep),
  };
}

/** A whole number of backups within the limits. */
export function clampKeep(keep: number): number {
  if (!Number.isFinite(keep)) return DEFAULT_BACKUP_SETTINGS.keep;
  return Math.min(KEEP_MAX, Math.max(KEEP_MIN, Math.round(keep)));
}

export function parseBackupLog(raw: unknown): BackupLog {
  const stored = asRecord(raw);
  const log: BackupLog = { files: (asArray(stored?.['files']) ?? []).flatMap((file) => keptBackup(file) ?? []) };
  const lastBackupAt = asNumber(stored?.['lastBackupAt']);
  const lastFingerprint = asString(stored?.['lastFingerprint']);
  const last = backupResult(stored?.['last']);
  if (lastBackupAt !== undefined) log.lastBackupAt = lastBackupAt;
  if (lastFingerprint !== undefined) log.lastFingerprint = lastFingerprint;
  if (last) log.last = last;
  return log;
}

function keptBackup(value: unknown): KeptBackup | undefined {
  const record = asRecord(value);
  const id = asNumber(record?.['id']);
  const path = asString(record?.['path']);
  const at = asNumber(record?.['at']);
  return id !== undefined && Number.isInteger(id) && path && at !== undefined ? { id, path, at } : undefined;
}

function backupResult(value: unknown): BackupResult | undefined {
  const record = asRecord(value);
  const at = asNumber(record?.['at']);
  if (!record || at === undefined) return undefined;
  if (record['ok'] === false) {
    const error = asString(record['error']);
    return error ? { ok: false, at, error } : undefined;
  }
  const filename = asString(record['filename']);
  const papers = asNumber(record['papers']);
  const removed = asNumber(record['removed']) ?? 0;
  return record['ok'] === true && filename && papers !== undefined ? { ok: true, at, filename, papers, removed } : undefined;
}

export async function readBackupSettings(): Promise<BackupSettings> {
  return parseBackupSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function writeBackupSettings(change: Partial<BackupSettings>): Promise<BackupSettings> {
  const next = parseBackupSettings({ ...(await readBackupSettings()), ...change });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function readBackupLog(): Promise<BackupLog> {
  return parseBackupLog((await browser.storage.local.get(LOG_KEY))[LOG_KEY]);
}

export async function writeBackupLog(log: BackupLog): Promise<void> {
  await browser.storage.local.set({ [LOG_KEY]: log });
}

/** How many library changes the background has counted (part of the library's fingerprint). */
export async function readLibraryChanges(): Promise<number> {
  return asNumber((await browser.storage.local.get(CHANGES_KEY))[CHANGES_KEY]) ?? 0;
}

export async function writeLibraryChanges(count: number): Promise<void> {
  await browser.storage.local.set({ [CHANGES_KEY]: count });
}

/** Calls back when the settings or the record change, from any part of the extension. */
export function onBackupChanged(callback: (change: { settings?: BackupSettings; log?: BackupLog }) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (area !== 'local') return;
    const change: { settings?: BackupSettings; log?: BackupLog } = {};
    if (SETTINGS_KEY in changes) change.settings = parseBackupSettings(changes[SETTINGS_KEY]?.newValue);
    if (LOG_KEY in changes) change.log = parseBackupLog(changes[LOG_KEY]?.newValue);
    if (change.settings || change.log) callback(change);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
