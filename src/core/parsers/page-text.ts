/**
 * The generic parser: any page's text, as a person would copy it. The seeds are its grammars:
 * - `TITLE` / `ABSTRACT` pairs, with or without blank lines between them;
 * - pairs followed by a meta block `• N authors`, `·`, `Mon D[, YYYY][ COMMENTS]`;
 * - records `[TITLE] ABSTRACT [COMMENT…] arXiv:ID`, each id closing its record, the next abstract glued on.
 * On a live page, entries without an arXiv id take it from a link whose text is their title.
 */
import { arxivAbsUrl, arxivPdfUrl, parseArxivId, type ArxivRef } from '../arxiv-id.js';
import { parseShownDate } from '../dates.js';
import type { Draft, PageKind } from '../entry.js';
import { normalizeTitle } from '../text.js';
import { domText, linksOf } from './dom-read.js';
import { isWordy, tokenize, type Token } from './text-tokens.js';
import type { PageLink, PageParser, ParseInput, Reading } from './types.js';

export const pageText: PageParser = {
  id: 'page-text',
  label: 'Page text',
  matches: [],
  kindOf: () => 'text',
  recognize: () => 'text',
  read: readPageText,
};

interface RecordDraft {
  title?: string;
  abstract?: string;
  comments: string[];
  authorCount?: number;
  date?: string;
  commentCount?: number;
  upvotes?: number;
  arxiv?: ArxivRef;
  /** A meta block has started: the record's text is complete. */
  meta: boolean;
}

function readPageText(input: ParseInput, _kind: PageKind): Reading {
  // A document may have no root element at all (an empty saved file); linkedom's `body` then throws.
  const root = input.document?.documentElement;
  const body = root ? (input.document!.body ?? root) : undefined;
  const text = input.text ?? (body ? domText(body) : '');
  const links = input.links ?? (input.document ? linksOf(input.document, input.url) : []);
  const records = assemble(tokenize(text));
  const ids = linkedIds(links);
  // A short line alone (a menu item, a heading) is not a paper unless a link names its arXiv id.
  const drafts = records.map((record) => toDraft(record, input.now, ids)).filter(isPaperLike);
  return { drafts, problems: [] };
}

/** Groups typed lines into paper records. */
export function assemble(tokens: readonly Token[]): RecordDraft[] {
  const records: RecordDraft[] = [];
  const closedByIds = tokens.some((token) => token.kind === 'arxiv');
  let current = emptyRecord();
  let pendingUpvotes: number | undefined;

  const flush = (): void => {
    if (current.title !== undefined || current.abstract !== undefined || current.arxiv !== undefined) {
      records.push(current);
    }
    current = emptyRecord();
  };
  const startWithTitle = (title: string): void => {
    flush();
    current.title = title;
    current.upvotes = pendingUpvotes;
    pendingUpvotes = undefined;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    switch (token.kind) {
      case 'arxiv':
        current.arxiv = token.ref;
        flush();
        break;
      case 'authors':
        if (hasText(current)) {
          current.authorCount = token.count;
          current.meta = true;
        }
        break;
      case 'dot':
        if (hasText(current)) current.meta = true;
        break;
      case 'date':
        // Only a date inside a meta block is the paper's; elsewhere it is navigation.
        if (hasText(current) && (previous?.kind === 'dot' || previous?.kind === 'authors')) {
          current.date = token.date;
          current.commentCount = token.comments;
        }
        break;
      case 'count':
        pendingUpvotes = token.value;
        break;
      case 'text': {
        if (!isWordy(token.text)) break;
        if (tokens[i + 1]?.kind === 'dot' && !token.prose && hasText(current)) {
          current.meta = true; // an organisation chip in place of the author count
          break;
        }
        if (closedByIds && current.abstract !== undefined && closesBeforeNextAbstract(tokens, i)) {
          current.comments.push(token.text);
          break;
        }
        if (token.prose) {
          if (current.abstract !== undefined || current.meta) flush();
          current.abstract = token.text;
        } else if (current.title !== undefined && current.abstract === undefined && !current.meta && endsLikeSentence(token.text)) {
          current.abstract = token.text; // a one-sentence summary under its title
        } else {
          startWithTitle(token.text);
        }
        break;
      }
    }
  }
  flush();
  return records;
}

/** Whether an `arXiv:` id comes before the next abstract-length line: the text in between is comments. */
function closesBeforeNextAbstract(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'arxiv') return true;
    if (token.kind === 'text' && token.prose && token.text.length >= 200) return false;
  }
  return false;
}

function toDraft(record: RecordDraft, now: Date, linked: Map<string, ArxivRef>): Draft {
  // Normalising every short line of a large text costs more than the rest of the reading: only with links.
  const arxiv = record.arxiv ?? (record.title && linked.size > 0 ? linked.get(normalizeTitle(record.title)) : undefined);
  return {
    arxivId: arxiv?.id,
    version: arxiv?.version,
    title: record.title,
    abstract: record.abstract,
    authorCount: record.authorCount,
    publishedAt: record.date ? parseShownDate(record.date, now) : undefined,
    commentCount: record.commentCount,
    upvotes: record.upvotes,
    arxivComment: record.comments.join('; ') || undefined,
    url: arxiv ? arxivAbsUrl(arxiv.id) : undefined,
    pdfUrl: arxiv ? arxivPdfUrl(arxiv.id) : undefined,
  };
}

/** Normalised link text → the arXiv id its URL names, for links to paper pages. */
function linkedIds(links: readonly PageLink[]): Map<string, ArxivRef> {
  const ids = new Map<string, ArxivRef>();
  for (const link of links) {
    const key = normalizeTitle(link.text);
    if (key.length < 8 || ids.has(key)) continue;
    const ref = parseArxivId(link.href);
    if (ref) ids.set(key, { id: ref.id }); // a link's version is the link's, not the page's
  }
  return ids;
}

function isPaperLike(draft: Draft): boolean {
  return Boolean(draft.arxivId || draft.abstract || draft.authorCount !== undefined || draft.publishedAt);
}

function emptyRecord(): RecordDraft {
  return { comments: [], meta: false };
}

function hasText(record: RecordDraft): boolean {
  return record.title !== undefined || record.abstract !== undefined;
}

function endsLikeSentence(text: string): boolean {
  return /\.["')\]]?$/.test(text) && text.split(' ').length >= 6;
}
