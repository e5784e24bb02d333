import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { onSettingsChanged, readSettings, writeSettings, type PopupView, type Settings } from '../../platform/settings.js';
import { describeStorage, readStorage, type StorageState } from '../storage-state.js';
import BackupSettings from './BackupSettings.js';

const SITES = [
  { site: 'huggingface.co', label: 'Hugging Face papers (huggingface.co)' },
  { site: 'arxiv.org', label: 'arXiv listings and abstracts (arxiv.org)' },
];

const POPUP_VIEWS: { view: PopupView; label: string }[] = [
  { view: 'page', label: 'Papers on the current page (else recently seen)' },
  { view: 'all', label: 'Recently seen papers' },
  { view: 'unread', label: 'Unread papers' },
  { view: 'bookmarked', label: 'Bookmarked papers' },
];

export default function SettingsView({ onNotice }: { onNotice: (text: string) => void }) {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const [storage, setStorage] = useState<StorageState | undefined>(undefined);
  useEffect(() => {
    void readSettings().then(setSettings);
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === '_execute_action')?.shortcut ?? ''));
    void readStorage().then(setStorage);
    return onSettingsChanged(setSettings);
  }, []);
  const change = (next: Partial<Settings>): void => {
    writeSettings(next).then(setSettings, (error: Error) => onNotice(`The setting was not saved: ${error.message}`));
  };
  const isFirefox = browser.runtime.getURL('').startsWith('moz-extension:');
  if (!settings) return <main class="settings-page" aria-busy="true" />;
  return (
    <main class="settings-page">
      <h1>Settings</h1>
      <section aria-labelledby="capture-heading">
        <h2 id="capture-heading">Capture</h2>
        <label class="choice">
          <input type="checkbox" checked={!settings.paused} onChange={(event) => change({ paused: !event.currentTarget.checked })} />
          Save papers from pages I visit
        </label>
        <fieldset class="indent" disabled={settings.paused}>
          <legend>On these sites</legend>
          {SITES.map(({ site, label }) => (
            <label key={site} class="choice">
              <input
                type="checkbox"
                checked={!settings.pausedSites.includes(site)}
                onChange={(event) =>
                  change({
                    pausedSites: event.currentTarget.checked
                      ? settings.pausedSites.filter((paused) => paused !== site)
                      : [...settings.pausedSites, site],
                  })
                }
              />
              {label}
            </label>
          ))}
        </fieldset>
      </section>
      <section aria-labelledby="popup-heading">
        <h2 id="popup-heading">Popup</h2>
        <label class="field">
          <span>When the popup opens, show</span>
          <select value={settings.popupView} onChange={(event) => change({ popupView: event.currentTarget.value as PopupView })}>
            {POPUP_VIEWS.map(({ view, label }) => (
              <option key={view} value={view}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <p>
          Keyboard shortcut to open it: <kbd>{shortcut === undefined ? '…' : shortcut || 'none set'}</kbd>{' '}
          {isFirefox ? (
            <span class="hint">Change it in Add-ons → ⚙ → Manage Extension Shortcuts.</span>
          ) : (
            <button type="button" class="link-button" onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
              Change shortcut
            </button>
          )}
        </p>
      </section>
      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">Storage</h2>
        {storage ? (
          <>
            <p>{describeStorage(storage)}</p>
            {!storage.persisted && (
              <p>
                <button
                  type="button"
                  onClick={() =>
                    void navigator.storage.persist().then(async (granted) => {
                      setStorage(await readStorage());
                      onNotice(granted ? 'The browser will keep the library when disk space runs low.' : 'The browser declined; back up the library to be safe.');
                    })
                  }
                >
                  Ask the browser to keep the library
                </button>
              </p>
            )}
          </>
        ) : (
          <p aria-busy="true">Measuring…</p>
        )}
      </section>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Backups</h2>
        <BackupSettings onNotice={onNotice} />
      </section>
    </main>
  );
}
