import { useEffect, useState } from 'preact/hooks';
import { send } from '../../platform/messaging.js';
import { isPausedFor, onSettingsChanged, readSettings, writeSettings, type Settings } from '../../platform/settings.js';
import { activeTab } from '../actions.js';
import { exportLibrary, importLibrary } from '../library-io.js';

export type FooterProps = {
  /** The current tab's host, '' when it has none. */
  site: string;
  notice: string;
  onNotice: (notice: string) => void;
};

export default function Footer({ site, notice, onNotice }: FooterProps) {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [showSettings, setShowSettings] = useState(false);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    void readSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);

  const savePage = async (): Promise<void> => {
    const tab = await activeTab();
    if (tab?.id === undefined) return;
    setSaving(true);
    try {
      const report = await send('page/save-text', { tabId: tab.id });
      onNotice(
        report.found === 0
          ? 'No papers found on this page.'
          : `Saved ${report.found} paper${report.found === 1 ? '' : 's'} (${report.added === 0 ? 'all already in your library' : `${report.added} new`}).`,
      );
    } catch (error) {
      onNotice((error as Error).message);
    } finally {
      setSaving(false);
    }
  };
  const exportAll = async (): Promise<void> => {
    try {
      const count = await exportLibrary();
      onNotice(`Exported ${count.toLocaleString()} paper${count === 1 ? '' : 's'}.`);
    } catch (error) {
      onNotice(`Could not export: ${(error as Error).message}`);
    }
  };
  const importFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    try {
      const report = await importLibrary(file, (done, total) => onNotice(`Importing… ${done} of ${total}`));
      const skipped = report.skipped.length > 0 ? ` ${report.skipped.join(', ')}.` : '';
      onNotice(`Imported ${report.added} new and ${report.merged} known paper${report.merged === 1 ? '' : 's'}.${skipped}`);
    } catch (error) {
      onNotice((error as Error).message);
    }
  };
  const paused = settings !== undefined && isPausedFor(settings, site);
  const toggleSite = (on: boolean): void => {
    if (!settings || !site) return;
    const others = settings.pausedSites.filter((s) => s !== site);
    void writeSettings({ pausedSites: on ? [...others, site] : others });
  };

  return (
    <footer class="bottom">
      {showSettings && settings && (
        <fieldset class="settings">
          <legend>Capture</legend>
          <label>
            <input type="checkbox" checked={settings.paused} onChange={(e) => void writeSettings({ paused: e.currentTarget.checked })} />
            Pause everywhere
          </label>
          {site && (
            <label>
              <input type="checkbox" checked={settings.pausedSites.includes(site)} onChange={(e) => toggleSite(e.currentTarget.checked)} />
              Pause on {site}
            </label>
          )}
          <p class="muted">While paused, Paperdex stores nothing from the pages you visit.</p>
        </fieldset>
      )}
      {showSettings && (
        <fieldset class="settings">
          <legend>Library</legend>
          <div class="row">
            <button type="button" class="secondary" onClick={() => void exportAll()}>
              Export library
            </button>
            <label class="secondary">
              Import a library file
              <input
                type="file"
                accept=".json,application/json"
                class="visually-hidden"
                onChange={(event) => {
                  void importFile(event.currentTarget.files?.[0]);
                  event.currentTarget.value = '';
                }}
              />
            </label>
          </div>
          <p class="muted">A JSON file of every paper, with your bookmarks, read marks, tags, notes and history.</p>
        </fieldset>
      )}
      <div class="bar">
        <button type="button" class="primary" disabled={saving} onClick={() => void savePage()}>
          Save papers on this page
        </button>
        <p role="status" class="status">
          {notice || (paused ? `Capture is paused${settings?.paused ? '' : ` on ${site}`}.` : '')}
        </p>
        <button
          type="button"
          class="icon"
          aria-expanded={showSettings}
          aria-label="Settings"
          title="Settings"
          onClick={() => setShowSettings(!showSettings)}
        >
          ⚙
        </button>
      </div>
    </footer>
  );
}
