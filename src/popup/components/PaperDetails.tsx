import { useEffect, useState } from 'preact/hooks';
import { arxivAbsUrl, arxivPdfUrl } from '../../core/arxiv-id.js';
import type { Paper, Sighting } from '../../core/paper.js';
import { httpUrl } from '../../core/safe-url.js';
import { formatTime, seenLabel } from '../format.js';
import { sightingsOf } from '../records.js';
import AuthorNames from './AuthorNames.js';
import Highlighted from './Highlighted.js';

/** Long abstracts show their beginning until asked: a 100 KB abstract is stored whole but not laid out at once. */
const PREVIEW_CHARS = 1_500;

export type PaperDetailsProps = {
  paper: Paper;
  terms: readonly string[];
  onOpen: (url: string, background: boolean) => void;
  onTags: (tags: string[]) => void;
  onNote: (note: string) => void;
  /** Where the paper was seen, newest first, when the caller has read it already; else it is read here. */
  sightings?: Sighting[];
};

export default function PaperDetails({ paper, terms, onOpen, onTags, onNote, sightings: given }: PaperDetailsProps) {
  const [read, setRead] = useState<Sighting[] | undefined>(undefined);
  useEffect(() => {
    if (!given) void sightingsOf(paper.id).then(setRead);
  }, [paper.id, paper.lastSeenAt, given === undefined]);
  const sightings = given ?? read;
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
        <p class="summary" dir="auto">
          <span class="label">AI summary</span> <LongText text={paper.aiSummary} terms={[]} />
        </p>
      )}
      {paper.abstract ? (
        <p class="abstract" dir="auto">
          <LongText text={paper.abstract} terms={terms} />
        </p>
      ) : (
        <p class="abstract muted">No abstract was on the pages this paper was seen on.</p>
      )}
      {paper.authors && paper.authors.length > 0 && (
        <p class="authors">
          <AuthorNames names={paper.authors} terms={terms} />
          {paper.authorCount !== undefined && paper.authorCount > paper.authors.length && ` and ${paper.authorCount - paper.authors.length} more`}
        </p>
      )}
      {paper.arxivComment && (
        <p class="comment" dir="auto">
          {paper.arxivComment}
        </p>
      )}
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
  // Only web links become links, whatever the library holds (records from older versions or files).
  return links.flatMap(([label, url]) => {
    const safe = httpUrl(url);
    return safe ? [[label, safe] as [string, string]] : [];
  });
}

/** Text shown up to PREVIEW_CHARS, with a button for the rest. */
function LongText({ text, terms }: { text: string; terms: readonly string[] }) {
  const [whole, setWhole] = useState(false);
  if (text.length <= PREVIEW_CHARS) return <Highlighted text={text} terms={terms} />;
  return (
    <>
      <Highlighted text={whole ? text : `${preview(text)}…`} terms={terms} />{' '}
      <button type="button" class="link-button" aria-expanded={whole} onClick={() => setWhole(!whole)}>
        {whole ? 'Show less' : `Show all ${text.length.toLocaleString('en')} characters`}
      </button>
    </>
  );
}

/** The start of a long text, cut at a space near PREVIEW_CHARS (never inside a surrogate pair). */
function preview(text: string): string {
  const space = text.lastIndexOf(' ', PREVIEW_CHARS);
  let cut = space > PREVIEW_CHARS * 0.8 ? space : PREVIEW_CHARS;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut -= 1;
  return text.slice(0, cut);
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
