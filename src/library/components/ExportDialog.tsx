import { useState } from 'preact/hooks';
import type { ExportFormat } from '../../core/formats/export-file.js';
import { exportPapers, type ExportScope } from '../export-papers.js';
import Modal from './Modal.js';

export type ExportDialogProps = {
  total: number;
  listed: readonly string[];
  selected: readonly string[];
  /** The scope to offer first: the selection when exporting from the selection bar. */
  initial: 'all' | 'listed' | 'selected';
  onDone: (message: string) => void;
  onClose: () => void;
};

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'json', label: 'Paperdex JSON', hint: 'Everything, lossless: import it back into Paperdex.' },
  { format: 'bibtex', label: 'BibTeX', hint: 'For Zotero, JabRef, LaTeX: arXiv papers as @misc with eprint.' },
  { format: 'csv', label: 'CSV', hint: 'For spreadsheets.' },
  { format: 'markdown', label: 'Markdown reading list', hint: 'A checklist to paste into notes.' },
];

export default function ExportDialog({ total, listed, selected, initial, onDone, onClose }: ExportDialogProps) {
  const [scope, setScope] = useState(initial);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const scopes = [
    { value: 'all' as const, label: `Whole library (${total.toLocaleString()})`, count: total },
    { value: 'listed' as const, label: `Papers listed now (${listed.length.toLocaleString()})`, count: listed.length },
    { value: 'selected' as const, label: `Selected papers (${selected.length.toLocaleString()})`, count: selected.length },
  ];
  const run = async (): Promise<void> => {
    setBusy(true);
    setError('');
    try {
      const chosen: ExportScope = scope === 'all' ? { kind: 'all' } : { kind: 'ids', ids: scope === 'listed' ? listed : selected };
      const { filename, count } = await exportPapers(format, chosen);
      onDone(`Exported ${count.toLocaleString()} paper${count === 1 ? '' : 's'} to ${filename}.`);
    } catch (failure) {
      setError(`The export failed: ${(failure as Error).message}`);
      setBusy(false);
    }
  };
  return (
    <Modal title="Export papers" onClose={onClose}>
      <form
        class="modal-body"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <fieldset>
          <legend>Which papers</legend>
          {scopes.map(({ value, label, count }) => (
            <label key={value} class="choice">
              <input type="radio" name="scope" value={value} checked={scope === value} disabled={count === 0} onChange={() => setScope(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Format</legend>
          {FORMATS.map(({ format: value, label, hint }) => (
            <label key={value} class="choice">
              <input type="radio" name="format" value={value} checked={format === value} onChange={() => setFormat(value)} />
              <span>
                {label} <span class="hint">{hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {error && (
          <p class="problem" role="alert">
            {error}
          </p>
        )}
        <div class="modal-actions">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
