import type { View } from '../use-results.js';

export type EmptyStateProps =
  | { kind: 'library'; onOpen: (url: string, background: boolean) => void }
  | { kind: 'search'; query: string }
  | { kind: View; query?: string };

const START_PAGES: [string, string][] = [
  ['Hugging Face Daily Papers', 'https://huggingface.co/papers'],
  ['Trending papers', 'https://huggingface.co/papers/trending'],
  ['arXiv cs.LG, new today', 'https://arxiv.org/list/cs.LG/new'],
];

export default function EmptyState(props: EmptyStateProps) {
  if (props.kind === 'library') {
    return (
      <div class="empty">
        <h1>No papers yet</h1>
        <p>Paperdex saves every paper on the digest pages you visit. Open one and its papers appear here:</p>
        <ul class="start">
          {START_PAGES.map(([label, url]) => (
            <li key={url}>
              <a
                href={url}
                onClick={(event) => {
                  event.preventDefault();
                  props.onOpen(url, event.ctrlKey || event.metaKey);
                }}
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
        <p class="muted">On any other page, “Save papers on this page” below reads the papers it lists.</p>
      </div>
    );
  }
  if (props.kind === 'search') {
    return (
      <div class="empty">
        <h1>No papers match “{props.query.trim()}”</h1>
        <p class="muted">
          Every word must match a title, author, abstract, tag or note. Try fewer words, or drop a filter
          (is:, tag:, year:, site:).
        </p>
      </div>
    );
  }
  return (
    <div class="empty">
      <h1>{props.kind === 'bookmarked' ? 'No bookmarks yet' : props.kind === 'unread' ? 'All read' : 'Nothing here'}</h1>
      <p class="muted">
        {props.kind === 'bookmarked'
          ? 'Press b on a paper, or ☆ next to it here or on a digest page, to keep it.'
          : props.kind === 'unread'
            ? 'Every paper in your library is marked as read.'
            : 'No papers to show.'}
      </p>
    </div>
  );
}
