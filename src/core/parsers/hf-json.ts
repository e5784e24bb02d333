/** Hugging Face's embedded paper JSON (`DailyPapers` items, `PaperContent.paper`) to drafts. */
import { arxivPdfUrl, parseBareArxivId } from '../arxiv-id.js';
import { isoDay } from '../dates.js';
import type { Draft } from '../entry.js';
import { asArray, asNumber, asRecord, asString, type JsonRecord } from '../json-read.js';
import { collapseWhitespace } from '../text.js';

export const HF_ORIGIN = 'https://huggingface.co';

/** The id a Hugging Face paper object carries (its arXiv id), or undefined. */
export function hfPaperId(paper: JsonRecord | undefined): string | undefined {
  const id = asString(paper?.['id']);
  return id ? parseBareArxivId(id)?.id : undefined;
}

/**
 * A draft from a paper object and its list item (`numComments` lives on the item, the paper's
 * fields on `item.paper`). Returns undefined when the object names no paper.
 */
export function hfPaperDraft(paper: JsonRecord | undefined, item?: JsonRecord): Draft | undefined {
  if (!paper) return undefined;
  const arxivId = hfPaperId(paper);
  const title = collapseWhitespace(asString(paper['title']) ?? asString(item?.['title']) ?? '');
  if (!arxivId && !title) return undefined;
  const visibleAuthors = (asArray(paper['authors']) ?? [])
    .map(asRecord)
    .filter((author) => author !== undefined && author['hidden'] !== true)
    .map((author) => collapseWhitespace(asString(author!['name']) ?? ''))
    .filter(Boolean);
  const draft: Draft = {
    arxivId,
    title,
    abstract: collapseWhitespace(asString(paper['summary']) ?? asString(item?.['summary']) ?? ''),
    authors: visibleAuthors,
    authorCount: visibleAuthors.length || undefined,
    publishedAt: isoDay(asString(paper['publishedAt'])),
    upvotes: count(paper['upvotes']),
    commentCount: count(item?.['numComments']),
    aiSummary: collapseWhitespace(asString(paper['ai_summary']) ?? ''),
    githubUrl: webUrl(paper['githubRepo']),
    projectUrl: webUrl(paper['projectPage']),
    url: arxivId ? `${HF_ORIGIN}/papers/${arxivId}` : undefined,
    pdfUrl: arxivId ? arxivPdfUrl(arxivId) : undefined,
  };
  return draft;
}

/** A count from the JSON; a negative one is not a count (and would make the background refuse the capture). */
function count(value: unknown): number | undefined {
  const number = asNumber(value);
  return number !== undefined && number >= 0 ? number : undefined;
}

/** An http(s) address that parses as a URL (`https://<github.com/…` does not), else undefined. */
function webUrl(value: unknown): string | undefined {
  const text = asString(value)?.trim();
  if (!text || !/^https?:\/\//i.test(text)) return undefined;
  try {
    new URL(text);
  } catch {
    return undefined;
  }
  return text;
}
