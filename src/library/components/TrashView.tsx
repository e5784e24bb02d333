import { useEffect, useState } from 'preact/hooks';
import type { Paper, Sighting } from '../../core/paper.js';
import { onLibraryChange } from '../../platform/library-events.js';
import { send } from '../../platform/messaging.js';
import { formatTime } from '../../popup/format.js';
import { getAll } from '../../popup/read-db.js';

/** A deleted paper as the trash keeps it (src/db/schema.ts, TrashEntry). */
interface Deleted {
  id: string;
  paper: Paper;
  sightings: Sighting[];
  deletedAt: number;
}

const SHOWN = 500;

/** Papers deleted in the last 30 days, newest first, each restorable with its state and history. */
export default function TrashView({ onNotice }: { onNotice: (text: string) => void }) {
  const [entries, setEntries] = useState<Deleted[] | undefined>(undefined);
  useEffect(() => {
    const load = (): void => {
      getAll<Deleted>('trash')
        .then((all) => setEntries(all.sort((a, b) => b.deletedAt - a.deletedAt)))
        .catch((error: Error) => onNotice(error.message));
    };
    load();
    return onLibraryChange(load);
  }, []);
  const restore = (ids: string[]): void => {
    send('papers/restore', { ids }).then(
      (count) => onNotice(`Restored ${count.toLocaleString()} paper${count === 1 ? '' : 's'} to the library.`),
      (error: Error) => onNotice(error.message),
    );
  };
  if (!entries) return <main class="trash-page" aria-busy="true" />;
  return (
    <main class="trash-page">
      <div class="trash-head">
        <h1>Recently deleted</h1>
        {entries.length > 1 && (
          <button type="button" onClick={() => restore(entries.map((entry) => entry.id))}>
            Restore all {entries.length.toLocaleString()}
          </button>
        )}
      </div>
      <p class="hint">Deleted papers are kept here for 30 days with their bookmarks, read marks, tags, notes and history.</p>
      {entries.length === 0 ? (
        <p>Nothing was deleted in the last 30 days.</p>
      ) : (
        <ul class="trash-list" aria-label="Deleted papers">
          {entries.slice(0, SHOWN).map(({ id, paper, sightings, deletedAt }) => (
            <li key={id}>
              <span class="trash-title" dir="auto">
                {paper.title ?? (paper.arxivId ? `arXiv:${paper.arxivId}` : id)}
              </span>
              <span class="hint">
                deleted {formatTime(deletedAt)} · seen {sightings.length} time{sightings.length === 1 ? '' : 's'}
              </span>
              <button type="button" class="small" aria-label={`Restore ${paper.title ?? id}`} onClick={() => restore([id])}>
                Restore
              </button>
            </li>
          ))}
          {entries.length > SHOWN && <li class="hint">… and {(entries.length - SHOWN).toLocaleString()} more (Restore all brings them back too)</li>}
        </ul>
      )}
    </main>
  );
}
