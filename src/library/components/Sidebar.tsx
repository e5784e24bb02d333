import { useState } from 'preact/hooks';
import { normaliseTags } from '../../core/validate-entry.js';
import type { View } from '../../popup/use-results.js';
import type { Route } from '../use-hash-route.js';

export type SidebarProps = {
  route: Route;
  view: View;
  counts: Record<View, number>;
  tags: readonly { tag: string; count: number }[];
  /** The tag the list is filtered by, if any. */
  activeTag: string | undefined;
  onView: (view: View) => void;
  onTag: (tag: string | undefined) => void;
  onRenameTag: (from: string, to: string) => void;
  onDeleteTag: (tag: string) => void;
};

const VIEWS: { view: View; label: string }[] = [
  { view: 'all', label: 'All papers' },
  { view: 'unread', label: 'Unread' },
  { view: 'bookmarked', label: 'Bookmarked' },
];

export default function Sidebar(props: SidebarProps) {
  const [managing, setManaging] = useState(false);
  const listing = props.route === 'library';
  return (
    <nav class="lib-side" aria-label="Library">
      <h1 class="brand">
        <img src="icons/icon-32.png" alt="" width={20} height={20} /> Paperdex
      </h1>
      <ul class="side-list">
        {VIEWS.map(({ view, label }) => (
          <li key={view}>
            <button
              type="button"
              class={`side-item${listing && props.view === view && !props.activeTag ? ' current' : ''}`}
              aria-current={listing && props.view === view && !props.activeTag ? 'page' : undefined}
              onClick={() => {
                props.onView(view);
                props.onTag(undefined);
              }}
            >
              <span>{label}</span>
              <span class="count">{props.counts[view].toLocaleString()}</span>
            </button>
          </li>
        ))}
      </ul>
      <div class="side-head">
        <h2>Tags</h2>
        {props.tags.length > 0 && (
          <button type="button" class="link-button" aria-pressed={managing} onClick={() => setManaging(!managing)}>
            {managing ? 'Done' : 'Manage'}
          </button>
        )}
      </div>
      {props.tags.length === 0 ? (
        <p class="side-note">No tags yet. Select papers and choose “Add tag”, or type tags in a paper’s details.</p>
      ) : (
        <ul class="side-list tags">
          {props.tags.map(({ tag, count }) =>
            managing ? (
              <TagManager key={tag} tag={tag} count={count} tags={props.tags} onRename={props.onRenameTag} onDelete={props.onDeleteTag} />
            ) : (
              <li key={tag}>
                <button
                  type="button"
                  class={`side-item${listing && props.activeTag === tag ? ' current' : ''}`}
                  aria-current={listing && props.activeTag === tag ? 'page' : undefined}
                  onClick={() => props.onTag(props.activeTag === tag ? undefined : tag)}
                >
                  <span class="tag-name"># {tag}</span>
                  <span class="count">{count.toLocaleString()}</span>
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      <a class={`side-item settings-link${props.route === 'trash' ? ' current' : ''}`} href="#trash" aria-current={props.route === 'trash' ? 'page' : undefined}>
        Recently deleted
      </a>
      <a class={`side-item${props.route === 'settings' ? ' current' : ''}`} href="#settings" aria-current={props.route === 'settings' ? 'page' : undefined}>
        Settings
      </a>
    </nav>
  );
}

type TagManagerProps = {
  tag: string;
  count: number;
  tags: readonly { tag: string }[];
  onRename: (from: string, to: string) => void;
  onDelete: (tag: string) => void;
};

function TagManager({ tag, count, tags, onRename, onDelete }: TagManagerProps) {
  const [name, setName] = useState(tag);
  const [confirming, setConfirming] = useState(false);
  const target = normaliseTags([name])[0] ?? '';
  const merges = target !== tag && tags.some((other) => other.tag === target);
  return (
    <li class="tag-manage">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (target && target !== tag) onRename(tag, target);
        }}
      >
        <label class="visually-hidden" for={`tag-${tag}`}>
          New name for tag {tag}
        </label>
        <input id={`tag-${tag}`} type="text" value={name} spellcheck={false} onInput={(event) => setName(event.currentTarget.value)} />
        <button type="submit" class="small" disabled={!target || target === tag}>
          {merges ? 'Merge' : 'Rename'}
        </button>
      </form>
      {merges && <p class="side-note">Merges “{tag}” into the existing tag “{target}”.</p>}
      {confirming ? (
        <p class="confirm">
          Remove “{tag}” from {count} paper{count === 1 ? '' : 's'}?{' '}
          <button type="button" class="small danger" onClick={() => onDelete(tag)}>
            Remove
          </button>{' '}
          <button type="button" class="small" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </p>
      ) : (
        <button type="button" class="link-button danger-text" onClick={() => setConfirming(true)}>
          Delete tag ({count})
        </button>
      )}
    </li>
  );
}
