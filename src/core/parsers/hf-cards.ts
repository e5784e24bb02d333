/**
 * The visible paper cards of a Hugging Face list page. Each card is an `article` holding the paper twice
 * (a desktop and a mobile block); the first copy is read and the second fills what the first lacks.
 */
import { arxivPdfUrl, parseArxivId, parseBareArxivId } from '../arxiv-id.js';
import { parseShownDate } from '../dates.js';
import type { Draft } from '../entry.js';
import { parseCount } from '../text.js';
import { absoluteUrl, textOf } from './dom-read.js';
import { compact } from './finish.js';
import { HF_ORIGIN } from './hf-json.js';

const PAPER_LINK = /^(?:https?:\/\/(?:www\.)?huggingface\.co)?\/papers\/([a-z-]+\/\d{7}|[^/?#]+)\/?(#.*)?$/i;

/** The arXiv id of a link to a Hugging Face paper page (`/papers/2311.12424`), else undefined. */
export function hfPaperLinkId(href: string | null, base: string): string | undefined {
  if (!href) return undefined;
  const direct = PAPER_LINK.exec(href.trim());
  if (direct) return direct[2] === '#community' ? undefined : parseBareArxivId(direct[1]!)?.id;
  const url = absoluteUrl(href, base || HF_ORIGIN);
  return url && !url.endsWith('#community') && /^https?:\/\/(www\.)?huggingface\.co\/papers\//.test(url)
    ? parseArxivId(url)?.id
    : undefined;
}

/** The paper id of the first card's title link, if there is a card. */
export function firstCardId(root: ParentNode, pageUrl: string): string | undefined {
  const first = root.querySelector('h3 a[href*="/papers/"]');
  const id = hfPaperLinkId(first?.getAttribute('href') ?? null, pageUrl);
  if (id || !first) return id;
  for (const anchor of Array.from(root.querySelectorAll('h3 a[href*="/papers/"]'))) {
    const id = hfPaperLinkId(anchor.getAttribute('href'), pageUrl);
    if (id) return id;
  }
  return undefined;
}

/** One draft per paper card, in page order. */
export function readCards(root: ParentNode, pageUrl: string, now: Date): Draft[] {
  const drafts = new Map<string, Draft>();
  const read = new Set<Element>();
  let linked: Map<Element, string | null> | undefined;
  for (const anchor of Array.from(root.querySelectorAll('h3 a[href]'))) {
    const id = hfPaperLinkId(anchor.getAttribute('href'), pageUrl);
    if (!id) continue;
    const article = anchor.closest('article');
    const card = article ?? cardOf(anchor, id, (linked ??= papersLinked(root, pageUrl)));
    if (read.has(card)) continue; // the card's other copy (desktop/mobile) was read with it
    read.add(card);
    const draft = readCard(card, anchor, id, now);
    const seen = drafts.get(id);
    drafts.set(id, seen ? { ...draft, ...seen } : draft);
  }
  return [...drafts.values()];
}

/** The card around a title link outside an `article`: the largest ancestor whose links name this paper only. */
function cardOf(anchor: Element, id: string, linked: Map<Element, string | null>): Element {
  let card: Element = anchor;
  for (let parent = anchor.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    const paper = linked.get(parent);
    if (paper === null || (paper !== undefined && paper !== id)) break; // it links to another paper too
    card = parent;
  }
  return card;
}

/**
 * Every element that holds links to paper pages, and the paper they name (null: several). Built in one
 * pass up from each link, stopping where an ancestor already knows: searching each ancestor of each title
 * link for links instead takes seconds on a deeply nested page.
 */
function papersLinked(root: ParentNode, pageUrl: string): Map<Element, string | null> {
  const linked = new Map<Element, string | null>();
  for (const link of Array.from(root.querySelectorAll('a[href*="/papers/"]'))) {
    const id = hfPaperLinkId(link.getAttribute('href'), pageUrl);
    if (id === undefined) continue;
    for (let element = link.parentElement; element; element = element.parentElement) {
      const paper = linked.get(element);
      if (paper === null || paper === id) break; // and so every ancestor above
      linked.set(element, paper === undefined ? id : null);
    }
  }
  return linked;
}

function readCard(card: Element, titleLink: Element, arxivId: string, now: Date): Draft {
  const abstract = card.querySelector('p[class*="line-clamp"]') ?? card.querySelector('p');
  const firstAvatar = card.querySelector('li[title]');
  const names = firstAvatar?.parentElement
    ? Array.from(firstAvatar.parentElement.children).filter((child) => child.matches('li[title]'))
    : [];
  let authorCount: number | undefined;
  let publishedAt: string | undefined;
  // The author count and the date are short spans (`4 authors`, `Published on Nov 21, 2023`).
  for (const element of Array.from(card.querySelectorAll('span'))) {
    if (element.children.length > 0) continue;
    const text = textOf(element);
    if (authorCount === undefined) {
      const count = /^(\d+) authors?$/.exec(text);
      if (count) authorCount = Number(count[1]);
    }
    publishedAt ??= parseShownDate(text, dateAnchor(arxivId, now));
  }
  const vote = card.querySelector('[role="checkbox"]');
  const upvotes = vote ? parseCount(/(\d[\d,.]*[kKmM]?|-)\s*$/.exec(textOf(vote))?.[1]) : undefined;
  const comments = card.querySelector('a[href$="#community"]');
  const github = card.querySelector('a[href^="https://github.com/"]');
  const authors = names.map((li) => li.getAttribute('title')?.trim() ?? '').filter(Boolean);
  return compact({
    arxivId,
    title: textOf(titleLink),
    abstract: abstract ? textOf(abstract) : undefined,
    authors,
    authorCount: authorCount ?? (authors.length || undefined),
    publishedAt,
    upvotes,
    commentCount: comments ? parseCount(textOf(comments)) : undefined,
    githubUrl: github?.getAttribute('href') ?? undefined,
    url: `${HF_ORIGIN}/papers/${arxivId}`,
    pdfUrl: arxivPdfUrl(arxivId),
  });
}

/**
 * Dates shown without a year are the latest such day not after the anchor: the capture time, or, when it
 * is earlier, the end of the month after the paper's arXiv month — so a page read long after it was saved
 * still dates its papers right (`Apr 18` on 2504.13837 is 2025, whenever it is read).
 */
function dateAnchor(arxivId: string, now: Date): Date {
  const month = /^(\d{2})(\d{2})\./.exec(arxivId);
  if (!month) return now;
  const endOfNextMonth = new Date(Date.UTC(2000 + Number(month[1]), Number(month[2]) + 1, 0, 23, 59));
  return endOfNextMonth < now ? endOfNextMonth : now;
}
