import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Paper } from '../core/paper.js';
import { db } from '../db/schema.js';
import { send } from '../platform/messaging.js';

export default function App() {
  const [papers, setPapers] = useState<Paper[]>([]);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void db.papers.orderBy('lastSeenAt').reverse().limit(50).toArray().then(setPapers);
  }, []);
  const savePage = async (): Promise<void> => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    try {
      const report = await send('page/save-text', { tabId: tab.id });
      setStatus(report.found === 0 ? 'No papers found on this page.' : `Saved ${report.found} papers (${report.added} new).`);
    } catch (error) {
      setStatus((error as Error).message);
    }
  };
  return (
    <main>
      <button type="button" onClick={() => void savePage()}>
        Save papers on this page
      </button>
      <p role="status">{status}</p>
      <ul>
        {papers.map((paper) => (
          <li key={paper.id}>{paper.title ?? paper.arxivId}</li>
        ))}
      </ul>
    </main>
  );
}
