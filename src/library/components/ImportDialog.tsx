import { useState } from 'preact/hooks';
import type { ImportFormat, ImportPlan, ImportReading } from '../../core/import-types.js';
import { isDiskFull } from '../../platform/storage-errors.js';
import { applyReading, previewReading } from '../apply-import.js';
import { readImport } from '../read-import.js';
import Modal from './Modal.js';

export type ImportDialogProps = {
  onDone: (message: string) => void;
  onClose: () => void;
};

type Step =
  | { kind: 'input' }
  | { kind: 'busy'; what: string }
  | { kind: 'preview'; source: string; reading: ImportReading; plan: ImportPlan };

const FORMAT_NAMES: Record<ImportFormat, string> = {
  paperdex: 'Paperdex library',
  bibtex: 'BibTeX',
  ids: 'list of arXiv ids',
  digest: 'digest page',
};

export default function ImportDialog({ onDone, onClose }: ImportDialogProps) {
  const [step, setStep] = useState<Step>({ kind: 'input' });
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [dragging, setDragging] = useState(false);

  const read = async (content: string, filename: string | undefined): Promise<void> => {
    setError('');
    setStep({ kind: 'busy', what: 'Reading…' });
    try {
      const reading = await readImport(content, filename, new Date());
      const plan = await previewReading(reading);
      setStep({ kind: 'preview', source: filename ?? 'pasted text', reading, plan });
    } catch (failure) {
      setError(`Nothing was imported: ${(failure as Error).message}`);
      setStep({ kind: 'input' });
    }
  };
  const readFile = (file: File | undefined): void => {
    if (file) void file.text().then((content) => read(content, file.name), (failure: Error) => setError(failure.message));
  };
  const apply = async (reading: ImportReading): Promise<void> => {
    setStep({ kind: 'busy', what: 'Importing…' });
    try {
      const plan = await applyReading(reading);
      onDone(`Imported: ${plan.added.length.toLocaleString()} new, ${plan.merged.length.toLocaleString()} merged, ${plan.unchanged.length.toLocaleString()} already there.`);
    } catch (failure) {
      setError(
        isDiskFull(failure)
          ? 'The disk is full, so the import was not applied; the library is as it was. Free some space and import again.'
          : `The import was not applied, and the library is as it was: ${(failure as Error).message}`,
      );
      setStep({ kind: 'input' });
    }
  };

  return (
    <Modal title="Import papers" onClose={onClose}>
      <div class="modal-body">
        {step.kind === 'input' && (
          <>
            <p class="hint">
              A Paperdex export (.json), BibTeX from Zotero or another manager (.bib), a list of arXiv ids or URLs, or a saved digest page
              (.html or .txt). Nothing is changed until you confirm.
            </p>
            <label
              class={`drop-zone${dragging ? ' dragging' : ''}`}
              onDragOver={(event) => {
                event.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={(event) => {
                event.preventDefault();
                setDragging(false);
                readFile(event.dataTransfer?.files[0]);
              }}
            >
              <span>Drop a file here, or choose one</span>
              <input
                type="file"
                accept=".json,.bib,.bibtex,.txt,.html,.htm,.md,application/json,text/plain,text/html"
                onChange={(event) => readFile(event.currentTarget.files?.[0])}
              />
            </label>
            <label class="field">
              <span>Or paste text</span>
              <textarea
                rows={6}
                value={text}
                placeholder={'2311.12424\nhttps://arxiv.org/abs/1706.03762\n@misc{…}'}
                onInput={(event) => setText(event.currentTarget.value)}
              />
            </label>
            <div class="modal-actions">
              <button type="button" class="primary" disabled={!text.trim()} onClick={() => void read(text, undefined)}>
                Read pasted text
              </button>
            </div>
          </>
        )}
        {step.kind === 'busy' && <p aria-live="polite">{step.what}</p>}
        {step.kind === 'preview' && <Preview step={step} onApply={() => void apply(step.reading)} onBack={() => setStep({ kind: 'input' })} />}
        {error && (
          <p class="problem" role="alert">
            {error}
          </p>
        )}
      </div>
    </Modal>
  );
}

function Preview({ step, onApply, onBack }: { step: Extract<Step, { kind: 'preview' }>; onApply: () => void; onBack: () => void }) {
  const { plan, reading, source } = step;
  const changes = plan.added.length + plan.merged.length + plan.sightings.length;
  const invalid = plan.invalid.length > 0 ? plan.invalid : reading.invalid;
  return (
    <>
      <p>
        <strong>{source}</strong> · read as {FORMAT_NAMES[reading.format]}
      </p>
      <dl class="import-summary" aria-label="What the import will do">
        <div>
          <dt>New</dt>
          <dd>{plan.added.length.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Merged</dt>
          <dd>{plan.merged.length.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Already there, skipped</dt>
          <dd>{plan.unchanged.length.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Invalid</dt>
          <dd>{invalid.length.toLocaleString()}</dd>
        </div>
      </dl>
      {plan.merged.length > 0 && (
        <p class="hint">Merged papers keep your bookmarks, read state, tags and notes; the import only adds to them.</p>
      )}
      {invalid.length > 0 && (
        <details class="invalid-list" open={changes === 0}>
          <summary>Left out, with the reason</summary>
          <ul>
            {invalid.slice(0, 200).map((problem, i) => (
              <li key={i}>
                <strong>{problem.where}</strong>: {problem.reason}
              </li>
            ))}
            {invalid.length > 200 && <li>… and {invalid.length - 200} more</li>}
          </ul>
        </details>
      )}
      <div class="modal-actions">
        <button type="button" onClick={onBack}>
          Back
        </button>
        <button type="button" class="primary" disabled={changes === 0} onClick={onApply}>
          {changes === 0 ? 'Nothing to import' : `Import ${(plan.added.length + plan.merged.length).toLocaleString()} papers`}
        </button>
      </div>
    </>
  );
}
