/** Backups, in the library's settings: on or off, how often, how many to keep, "Back up now" and how the last one went. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { BACKUP_FOLDER, type BackupInterval } from '../../core/backup-plan.js';
import {
  backupPermissions,
  clampKeep,
  KEEP_MAX,
  KEEP_MIN,
  onBackupChanged,
  readBackupLog,
  readBackupSettings,
  writeBackupSettings,
  type BackupLog,
  type BackupSettings as Settings,
} from '../../platform/backup-settings.js';
import { send } from '../../platform/messaging.js';

export type BackupSettingsProps = {
  /** Shows a short message on the page (its toast): the outcome of "Back up now". */
  onNotice?: (text: string) => void;
};

const INTERVALS: { interval: BackupInterval; label: string }[] = [
  { interval: 'daily', label: 'Every day' },
  { interval: 'weekly', label: 'Every week' },
];

const permissions = (): browser.Permissions.Permissions => ({
  permissions: backupPermissions() as browser.Manifest.OptionalPermission[],
});

export default function BackupSettings({ onNotice = () => undefined }: BackupSettingsProps) {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [log, setLog] = useState<BackupLog | undefined>(undefined);
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const checkPermissions = (): void => void browser.permissions.contains(permissions()).then(setGranted);
    void readBackupSettings().then(setSettings);
    void readBackupLog().then(setLog);
    checkPermissions();
    // The person can also take the permission back in the browser's own settings.
    browser.permissions.onRemoved.addListener(checkPermissions);
    const stop = onBackupChanged((change) => {
      if (change.settings) setSettings(change.settings);
      if (change.log) setLog(change.log);
    });
    return () => {
      stop();
      browser.permissions.onRemoved.removeListener(checkPermissions);
    };
  }, []);

  const change = (next: Partial<Settings>): void => {
    writeBackupSettings(next).then(setSettings, (error: Error) => onNotice(`The setting was not saved: ${error.message}`));
  };

  const turnOn = (box: HTMLInputElement): void => {
    box.checked = false; // off until the permission is granted
    setProblem(undefined);
    // Asked within the click itself: browsers show their permission prompt only for a person's gesture.
    browser.permissions.request(permissions()).then(
      async (ok) => {
        if (!ok) {
          setProblem('Backups stay off: Paperdex needs your permission to save files in your downloads folder.');
          return;
        }
        setGranted(true);
        setSettings(await writeBackupSettings({ enabled: true }));
      },
      (error: Error) => setProblem(`Backups stay off: ${error.message}`),
    );
  };

  const turnOff = async (): Promise<void> => {
    setProblem(undefined);
    setSettings(await writeBackupSettings({ enabled: false }));
    // Without backups Paperdex needs no access to downloads: give the permission back.
    await browser.permissions.remove(permissions()).catch(() => false);
    setGranted(await browser.permissions.contains(permissions()));
  };

  const backUpNow = (): void => {
    setBusy(true);
    send('backup/run', {})
      .then(
        (report) => onNotice(`Backed up ${count(report.papers)} to ${report.filename}.`),
        (error: Error) => onNotice(error.message),
      )
      .finally(() => setBusy(false));
  };

  if (!settings || !log) return <div class="backup-settings" aria-busy="true" />;
  const blocked = settings.enabled && granted === false;
  return (
    <div class="backup-settings">
      <p class="backup-about">
        Paperdex writes the whole library as a Paperdex library file to “{BACKUP_FOLDER}” in your downloads folder,
        when it has changed since the last backup, and keeps the newest ones. Import such a file to restore it.
      </p>
      <label class="backup-toggle">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(event) => (event.currentTarget.checked ? turnOn(event.currentTarget) : void turnOff())}
        />
        Back up the library automatically
      </label>
      {problem && <p class="backup-problem">{problem}</p>}
      {blocked && (
        <p class="backup-problem">
          Paperdex may no longer save files to your downloads folder, so no backup can be written. Turn backups off and
          on again to allow it.
        </p>
      )}
      <fieldset class="backup-options" disabled={!settings.enabled}>
        <legend class="backup-legend">Schedule</legend>
        <label class="backup-field">
          <span>How often</span>
          <select value={settings.interval} onChange={(event) => change({ interval: event.currentTarget.value as BackupInterval })}>
            {INTERVALS.map(({ interval, label }) => (
              <option key={interval} value={interval}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label class="backup-field">
          <span>Backups to keep</span>
          <input
            class="backup-keep"
            type="number"
            min={KEEP_MIN}
            max={KEEP_MAX}
            step={1}
            value={settings.keep}
            onChange={(event) => {
              const keep = event.currentTarget.valueAsNumber;
              if (Number.isFinite(keep)) change({ keep: clampKeep(keep) });
              else event.currentTarget.value = String(settings.keep);
            }}
          />
        </label>
      </fieldset>
      <p class="backup-actions">
        <button type="button" disabled={!settings.enabled || blocked || busy} onClick={backUpNow}>
          {busy ? 'Backing up…' : 'Back up now'}
        </button>
      </p>
      <p class={`backup-last${log.last?.ok === false ? ' backup-failed' : ''}`} aria-live="polite">
        {describeLast(log)}
      </p>
    </div>
  );
}

function describeLast(log: BackupLog): string {
  const last = log.last;
  if (!last) return 'No backup yet.';
  if (last.ok) {
    const removed = last.removed > 0 ? ` ${last.removed} older ${last.removed === 1 ? 'backup' : 'backups'} removed.` : '';
    return `Last backup ${when(last.at)}: ${count(last.papers)} in ${last.filename}.${removed}`;
  }
  const before = log.lastBackupAt === undefined ? '' : ` The last one that worked was ${when(log.lastBackupAt)}.`;
  return `The last backup, ${when(last.at)}, failed: ${last.error}${before}`;
}

function when(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function count(papers: number): string {
  return `${papers.toLocaleString()} paper${papers === 1 ? '' : 's'}`;
}
