import { useEffect, useState } from 'preact/hooks';
import { arxivAbsUrl, arxivPdfUrl } from '../../core/arxiv-id.js';
import type { Paper, Sighting } from '../../core/paper.js';
import { formatTime, seenLabel } from '../format.js';
import { sightingsOf } from '../records.js';
import Highlighted from './Highlighted.js';

export type PaperDetailsProps = {
  paper: Paper;
  terms: readonly string[];
  onOpen: (url: string, background: boolean) => void;
  onTags: (tags: string[]) => void;
  onNote: (note: string) => void;
};

export default function PaperDetails({ paper, terms, onOpen, onTags, onNote }: PaperDetailsProps) {
  const [sightings, setSightings] = useState<Sighting[] | undefined>(undefined);
  useEffect(() => {
    void sightingsOf(paper.id).then(setSightings);
  }, [paper.id, paper.lastSeenAt]);
  const links = linksOf(paper);
  const headingId = `details-${paper.id}`;
  return (
    <section class="details" aria-labelledby={headingId}>
      <h2 id={headingId} class="visually-hidden">
        Details of {paper.title ?? paper.id}
      </h2>
      <nav class="links" aria-label="Links">
        {links.map(([label, url]) => (
          <a
            key={label}
            href={url}
            onClick={(event) => {
              event.preventDefault();
              onOpen(url, event.ctrlKey || event.metaKey || event.shiftKey);
            }}
          >
            {label}
          </a>
        ))}
      </nav>
      {paper.aiSummary && (
        <p class="summary">
          <span class="label">AI summary</span> {paper.aiSummary}
        </p>
      )}
      {paper.abstract ? (
        <p class="abstract">
          <Highlighted text={paper.abstract} terms={terms} />
        </p>
      ) : (
        <p class="abstract muted">No abstract was on the pages this paper was seen on.</p>
      )}
      {paper.authors && paper.authors.length > 0 && (
        <p class="authors">
          <Highlighted text={paper.authors.join(', ')} terms={terms} />
          {paper.authorCount !== undefined && paper.authorCount > paper.authors.length && ` and ${paper.authorCount - paper.authors.length} more`}
        </p>
      )}
      {paper.arxivComment && <p class="comment">{paper.arxivComment}</p>}
      <TagEditor tags={paper.tags} onSave={onTags} />
      <NoteEditor note={paper.note} onSave={onNote} />
      <h3 class="sub">Seen</h3>
      {sightings === undefined ? null : (
        <ul class="sightings">
          {sightings.slice(0, 20).map((sighting) => (
            <li key={sighting.key}>
              {formatTime(sighting.seenAt)} · {seenLabel(sighting)} · #{sighting.position}
              {sighting.upvotes !== undefined && ` · ▲ ${sighting.upvotes}`}
              {sighting.commentCount !== undefined && ` · ${sighting.commentCount} comments`}
            </li>
          ))}
          {sightings.length === 0 && <li>First seen {formatTime(paper.firstSeenAt)}</li>}
        </ul>
      )}
    </section>
  );
}

function linksOf(paper: Paper): [string, string][] {
  const links: [string, string][] = [];
  if (paper.url && !paper.url.includes('arxiv.org/abs/')) links.push(['Paper page', paper.url]);
  if (paper.arxivId) links.push(['arXiv', arxivAbsUrl(paper.arxivId)]);
  const pdf = paper.pdfUrl ?? (paper.arxivId ? arxivPdfUrl(paper.arxivId) : undefined);
  if (pdf) links.push(['PDF', pdf]);
  if (paper.githubUrl) links.push(['Code', paper.githubUrl]);
  if (paper.projectUrl) links.push(['Project', paper.projectUrl]);
  return links;
}

function TagEditor({ tags, onSave }: { tags: string[]; onSave: (tags: string[]) => void }) {
  const [text, setText] = useState(tags.join(', '));
  useEffect(() => setText(tags.join(', ')), [tags.join(',')]);
  const save = (): void => {
    const next = text.split(/[,\s]+/).filter(Boolean);
    if (next.join(',') !== tags.join(',')) onSave(next);
  };
  return (
    <label class="field">
      <span>Tags</span>
      <input
        type="text"
        value={text}
        placeholder="rl, to-read"
        onInput={(event) => setText(event.currentTarget.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          }
        }}
      />
    </label>
  );
}

function NoteEditor({ note, onSave }: { note: string; onSave: (note: string) => void }) {
  const [text, setText] = useState(note);
  useEffect(() => setText(note), [note]);
  const save = (): void => {
    if (text !== note) onSave(text);
  };
  return (
    <label class="field">
      <span>Note</span>
      <textarea
        rows={3}
        value={text}
        placeholder="Why it matters, what to try…"
        onInput={(event) => setText(event.currentTarget.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
        }}
      />
    </label>
  );
}
