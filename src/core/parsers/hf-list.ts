/**
 * Hugging Face paper lists: `/papers` (today), `/papers/date|week|month/…`, `/papers/trending`,
 * `/papers?q=…` (search) and organisation lists (`/<org>/papers`).
 *
 * The embedded `DailyPapers` JSON is read first. The visible cards are read when there is no JSON or it
 * does not describe them: search results are fetched after load, so the JSON of a search page holds
 * unrelated papers.
 */
import type { Draft, PageKind } from '../entry.js';
import { asArray, asRecord, asString } from '../json-read.js';
import { readIslandProps } from './dom-read.js';
import { compact } from './finish.js';
import { firstCardId, readCards } from './hf-cards.js';
import { hfPaperDraft } from './hf-json.js';
import type { PageParser, ParseInput, Reading } from './types.js';

export const hfList: PageParser = {
  id: 'hf-list',
  label: 'Hugging Face papers list',
  matches: ['https://huggingface.co/papers*', 'https://huggingface.co/*/papers*'],
  kindOf: hfListKind,
  recognize: (doc) => {
    const json = asRecord(readIslandProps(doc, 'DailyPapers').props);
    if (!json) return null;
    if (asString(asRecord(json['query'])?.['q'])?.trim()) return 'hf-search';
    const period = asString(json['periodType']);
    return period === 'week' ? 'hf-week' : period === 'month' ? 'hf-month' : 'hf-daily';
  },
  read: readHfList,
};

export function hfListKind(url: URL): PageKind | null {
  if (url.hostname.replace(/^www\./, '') !== 'huggingface.co') return null;
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] === 'papers') {
    if (parts.length === 1) return url.searchParams.get('q')?.trim() ? 'hf-search' : 'hf-daily';
    if (parts[1] === 'date') return 'hf-daily';
    if (parts[1] === 'week') return 'hf-week';
    if (parts[1] === 'month') return 'hf-month';
    if (parts[1] === 'trending') return 'hf-trending';
    return null;
  }
  return parts.length === 2 && parts[1] === 'papers' ? 'hf-org' : null;
}

function readHfList(input: ParseInput, kind: PageKind): Reading {
  const doc = input.document;
  if (!doc) return { drafts: [], problems: ['there is no page to read'] };
  const problems: string[] = [];
  const { props, problem } = readIslandProps(doc, 'DailyPapers');
  if (problem) problems.push(problem);
  const json = asRecord(props);
  const page = pageFacts(input.url, json);

  const fromJson = new Map<string, Draft>();
  for (const item of asArray(json?.['dailyPapers']) ?? []) {
    const record = asRecord(item);
    const draft = hfPaperDraft(asRecord(record?.['paper']), record);
    if (draft?.arxivId && !fromJson.has(draft.arxivId)) fromJson.set(draft.arxivId, draft);
  }
  // Search results are fetched after load, so a search page's JSON never lists them. Elsewhere the JSON is
  // the page unless the site has since navigated to another list (the JSON stays as first served): the
  // first card tells, at a fraction of the cost of reading every card.
  const isSearch = kind === 'hf-search' || Boolean(page.query);
  const first = firstCardId(doc, input.url);
  const jsonDescribesPage = !isSearch && fromJson.size > 0 && (first === undefined || fromJson.has(first));
  if (jsonDescribesPage) return { drafts: [...fromJson.values()], problems, page };

  const cards = readCards(doc, input.url, input.now);
  if (cards.length === 0 && isSearch) {
    problems.push('the search results have not appeared on the page yet');
  }
  // The cards are the page. Where the JSON knows a card's paper it is the more exact record (full author
  // names rather than the first few avatars), so its fields win and the card fills the rest.
  const drafts = cards.map((card) => {
    const known = card.arxivId ? fromJson.get(card.arxivId) : undefined;
    return known ? { ...card, ...compact(known) } : card;
  });
  return { drafts, problems, page };
}

function pageFacts(pageUrl: string, json: Record<string, unknown> | undefined): NonNullable<Reading['page']> {
  let url: URL | undefined;
  try {
    url = new URL(pageUrl);
  } catch {
    url = undefined;
  }
  const parts = url?.pathname.split('/').filter(Boolean) ?? [];
  const query = url?.searchParams.get('q')?.trim() || asString(asRecord(json?.['query'])?.['q'])?.trim();
  const periodType = asString(json?.['periodType']);
  const dateString = asString(json?.['dateString']);
  if (parts[0] === 'papers' && (parts[1] === 'week' || parts[1] === 'month') && parts[2]) {
    return { period: parts[2], query };
  }
  if (parts[0] === 'papers' && parts[1] === 'date' && parts[2]) return { date: parts[2], query };
  if (periodType === 'day' && dateString && !query) return { date: dateString };
  return query ? { query } : {};
}
