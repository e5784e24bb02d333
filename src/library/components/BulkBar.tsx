import { useState } from 'preact/hooks';

export type BulkAction =
  | { kind: 'read'; on: boolean }
  | { kind: 'bookmark'; on: boolean }
  | { kind: 'add-tag'; tag: string }
  | { kind: 'remove-tag'; tag: string }
  | { kind: 'delete' }
  | { kind: 'export' };

export type BulkBarProps = {
  count: number;
  /** Tags carried by the selected papers, offered for "Remove tag". */
  selectedTags: readonly string[];
  onAction: (action: BulkAction) => void;
  onClear: () => void;
};

export default function BulkBar({ count, selectedTags, onAction, onClear }: BulkBarProps) {
  const [tagMode, setTagMode] = useState<'add' | 'remove' | undefined>(undefined);
  const [tag, setTag] = useState('');
  const submitTag = (event: Event): void => {
    event.preventDefault();
    const name = tag.trim();
    if (!name || !tagMode) return;
    onAction(tagMode === 'add' ? { kind: 'add-tag', tag: name } : { kind: 'remove-tag', tag: name });
    setTag('');
    setTagMode(undefined);
  };
  return (
    <div class="bulk-bar" role="toolbar" aria-label="Selected papers">
      <strong>{count.toLocaleString()} selected</strong>
      <button type="button" onClick={() => onAction({ kind: 'read', on: true })}>
        Mark read
      </button>
      <button type="button" onClick={() => onAction({ kind: 'read', on: false })}>
        Mark unread
      </button>
      <button type="button" onClick={() => onAction({ kind: 'bookmark', on: true })}>
        Bookmark
      </button>
      <button type="button" onClick={() => onAction({ kind: 'bookmark', on: false })}>
        Remove bookmark
      </button>
      {tagMode ? (
        <form class="bulk-tag" onSubmit={submitTag}>
          <input
            type="text"
            list={tagMode === 'remove' ? 'selected-tags' : undefined}
            aria-label={tagMode === 'add' ? 'Tag to add' : 'Tag to remove'}
            placeholder={tagMode === 'add' ? 'tag to add' : 'tag to remove'}
            value={tag}
            autoFocus
            onInput={(event) => setTag(event.currentTarget.value)}
            onKeyDown={(event) => event.key === 'Escape' && setTagMode(undefined)}
          />
          <datalist id="selected-tags">
            {selectedTags.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <button type="submit">{tagMode === 'add' ? 'Add' : 'Remove'}</button>
        </form>
      ) : (
        <>
          <button type="button" onClick={() => setTagMode('add')}>
            Add tag…
          </button>
          <button type="button" disabled={selectedTags.length === 0} onClick={() => setTagMode('remove')}>
            Remove tag…
          </button>
        </>
      )}
      <button type="button" onClick={() => onAction({ kind: 'export' })}>
        Export…
      </button>
      <button type="button" class="danger" onClick={() => onAction({ kind: 'delete' })}>
        Delete
      </button>
      <button type="button" class="link-button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
