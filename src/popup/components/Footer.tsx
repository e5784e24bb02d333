import { useEffect, useState } from 'preact/hooks';
import { send } from '../../platform/messaging.js';
import { isPausedFor, onSettingsChanged, readSettings, writeSettings, type Settings } from '../../platform/settings.js';
import { activeTab } from '../actions.js';
import browser from 'webextension-polyfill';

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
          <p class="muted">
            Export, import, backups, tags and every setting are in the{' '}
            <button type="button" class="link-button" onClick={() => void openLibrary('#settings')}>
              library page
            </button>
            .
          </p>
        </fieldset>
      )}
      <div class="bar">
        <button type="button" class="primary" disabled={saving} onClick={() => void savePage()}>
          Save papers on this page
        </button>
        <p role="status" class="status">
          {notice || (paused ? `Capture is paused${settings?.paused ? '' : ` on ${site}`}.` : '')}
        </p>
        <button type="button" class="secondary" title="Open the whole library in a tab" onClick={() => void openLibrary('')}>
          Library
        </button>
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

/** The full-page library, in a new tab; the popup closes, as it does when opening any tab. */
async function openLibrary(hash: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`library.html${hash}`) });
  window.close();
}
