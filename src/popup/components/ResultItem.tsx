import type { Paper } from '../../core/paper.js';
import { httpUrl } from '../../core/safe-url.js';
import { paperUrl } from '../actions.js';
import { authorLine, formatDay, seenLabel } from '../format.js';
import AuthorNames from './AuthorNames.js';
import Highlighted from './Highlighted.js';
import PaperDetails from './PaperDetails.js';

export type ResultItemProps = {
  paper: Paper;
  /** Index words this paper matched, highlighted in its title and authors. */
  terms: readonly string[];
  selected: boolean;
  expanded: boolean;
  onSelect: () => void;
  onOpen: (url: string, background: boolean) => void;
  onToggleBookmark: () => void;
  onToggleRead: () => void;
  onToggleExpanded: () => void;
  onTags: (tags: string[]) => void;
  onNote: (note: string) => void;
};

export default function ResultItem(props: ResultItemProps) {
  const { paper, terms, selected, expanded } = props;
  const url = httpUrl(paperUrl(paper));
  const saved = paper.bookmarkedAt !== undefined;
  const read = paper.readAt !== undefined;
  const title = paper.title ?? (paper.arxivId ? `arXiv:${paper.arxivId}` : 'Untitled');
  const meta = [
    authorLine(paper),
    formatDay(paper.publishedAt),
    seenLabel(paper.seenOn),
  ].filter(Boolean);
  // The author line as `authorLine` words it, with each name isolated (see AuthorNames).
  const names = (paper.authors ?? []).slice(0, 2);
  const moreAuthors = Math.max(paper.authorCount ?? 0, paper.authors?.length ?? 0) - names.length;
  const open = (event: MouseEvent): void => {
    if (!url) return;
    event.preventDefault();
    props.onOpen(url, event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1);
  };
  return (
    <li
      class={`result${selected ? ' selected' : ''}${read ? ' is-read' : ''}`}
      aria-current={selected ? 'true' : undefined}
      data-id={paper.id}
      onMouseDown={props.onSelect}
    >
      <div class="result-main">
        <a class="title" dir="auto" href={url} onClick={open} onAuxClick={open}>
          <Highlighted text={title} terms={terms} />
        </a>
        <div class="meta">
          {meta.map((part, i) => (
            <span key={i} class="meta-part">
              {i === 0 && names.length > 0 ? (
                <>
                  <AuthorNames names={names} terms={terms} />
                  {moreAuthors > 0 && ` +${moreAuthors}`}
                </>
              ) : i === 0 ? (
                <Highlighted text={part} terms={terms} />
              ) : (
                part
              )}
            </span>
          ))}
          {paper.upvotes !== undefined && (
            <span class="meta-part" title="Upvotes when last seen">
              ▲ {paper.upvotes}
            </span>
          )}
        </div>
        {paper.tags.length > 0 && (
          <div class="tags">
            {paper.tags.map((tag) => (
              <span key={tag} class="tag">
                #{tag}
              </span>
            ))}
          </div>
        )}
      </div>
      <div class="result-actions">
        <button
          type="button"
          class="toggle bookmark"
          aria-pressed={saved}
          aria-label="Bookmark"
          title={saved ? 'Bookmarked (b)' : 'Bookmark (b)'}
          onClick={props.onToggleBookmark}
        >
          {saved ? '★' : '☆'}
        </button>
        <button
          type="button"
          class="toggle read"
          aria-pressed={read}
          aria-label="Mark as read"
          title={read ? 'Read (r)' : 'Mark as read (r)'}
          onClick={props.onToggleRead}
        >
          ✓
        </button>
        <button
          type="button"
          class="toggle expand"
          aria-expanded={expanded}
          aria-label="Details"
          title="Abstract, links, history, tags and note (→)"
          onClick={props.onToggleExpanded}
        >
          {expanded ? '▴' : '▾'}
        </button>
      </div>
      {expanded && <PaperDetails paper={paper} terms={terms} onOpen={props.onOpen} onTags={props.onTags} onNote={props.onNote} />}
    </li>
  );
}
