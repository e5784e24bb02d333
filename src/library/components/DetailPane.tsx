import { useEffect, useState } from 'preact/hooks';
import type { Paper, Sighting } from '../../core/paper.js';
import { paperUrl } from '../../popup/actions.js';
import PaperDetails from '../../popup/components/PaperDetails.js';
import { formatDay } from '../../popup/format.js';
import { papersByIds, sightingsOf } from '../../popup/records.js';
import UpvoteChart from './UpvoteChart.js';

export type DetailPaneProps = {
  id: string;
  /** Changes whenever the library does, so the pane shows the paper as it is now. */
  version: number;
  terms: readonly string[];
  onClose: () => void;
  onOpen: (url: string, background: boolean) => void;
  onUpdate: (paper: Paper, change: { bookmarked?: boolean; read?: boolean; tags?: string[]; note?: string }) => void;
};

export default function DetailPane({ id, version, terms, onClose, onOpen, onUpdate }: DetailPaneProps) {
  const [paper, setPaper] = useState<Paper | null | undefined>(undefined);
  const [sightings, setSightings] = useState<Sighting[]>([]);
  useEffect(() => {
    let current = true;
    void Promise.all([papersByIds([id]), sightingsOf(id)]).then(([papers, seen]) => {
      if (!current) return;
      setPaper(papers.get(id) ?? null);
      setSightings(seen);
    });
    return () => {
      current = false;
    };
  }, [id, version]);
  if (paper === undefined) return <aside class="detail-pane" aria-busy="true" />;
  if (paper === null) {
    return (
      <aside class="detail-pane">
        <p>This paper is no longer in the library.</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </aside>
    );
  }
  const url = paperUrl(paper);
  const read = paper.readAt !== undefined;
  const saved = paper.bookmarkedAt !== undefined;
  const title = paper.title ?? (paper.arxivId ? `arXiv:${paper.arxivId}` : 'Untitled');
  return (
    <aside class="detail-pane" aria-label="Paper details">
      <div class="detail-head">
        <h2 dir="auto">
          {url ? (
            <a
              href={url}
              onClick={(event) => {
                event.preventDefault();
                onOpen(url, event.ctrlKey || event.metaKey || event.shiftKey);
              }}
            >
              {title}
            </a>
          ) : (
            title
          )}
        </h2>
        <button type="button" class="close" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="detail-meta">
        {[formatDay(paper.publishedAt) || paper.publishedAt, paper.arxivId ? `arXiv:${paper.arxivId}` : '', authorCount(paper)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div class="detail-actions">
        <button type="button" class={`detail-toggle${saved ? ' on' : ''}`} aria-pressed={saved} onClick={() => onUpdate(paper, { bookmarked: !saved })}>
          {saved ? '★ Bookmarked' : '☆ Bookmark'}
        </button>
        <button type="button" class={`detail-toggle${read ? ' on' : ''}`} aria-pressed={read} onClick={() => onUpdate(paper, { read: !read })}>
          {read ? '✓ Read' : 'Mark as read'}
        </button>
      </div>
      <UpvoteChart sightings={sightings} />
      <PaperDetails
        paper={paper}
        sightings={sightings}
        terms={terms}
        onOpen={onOpen}
        onTags={(tags) => onUpdate(paper, { tags })}
        onNote={(note) => onUpdate(paper, { note })}
      />
    </aside>
  );
}

/** The author count, when the pages gave more authors than names (the names are in the details below). */
function authorCount(paper: Paper): string {
  const count = Math.max(paper.authorCount ?? 0, paper.authors?.length ?? 0);
  return count > 0 ? `${count} author${count === 1 ? '' : 's'}` : '';
}
