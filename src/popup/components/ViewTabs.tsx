import type { Counts, View } from '../use-results.js';

export type ViewTabsProps = {
  view: View;
  /** Undefined while the index loads. */
  counts: Counts | undefined;
  onChange: (view: View) => void;
};

const VIEWS: [View, string][] = [
  ['all', 'All'],
  ['unread', 'Unread'],
  ['bookmarked', 'Bookmarked'],
];

export default function ViewTabs({ view, counts, onChange }: ViewTabsProps) {
  return (
    <div class="views" role="group" aria-label="Show">
      {VIEWS.map(([id, label]) => (
        <button key={id} type="button" class="view" aria-pressed={view === id} onClick={() => onChange(id)}>
          {label}
          {counts && <span class="count">{counts[id].toLocaleString()}</span>}
        </button>
      ))}
    </div>
  );
}
