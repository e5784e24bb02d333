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
  for (const anchor of Array.from(root.querySelectorAll('h3 a[href]'))) {
    const id = hfPaperLinkId(anchor.getAttribute('href'), pageUrl);
    if (!id) continue;
    const card = cardOf(anchor, id, pageUrl);
    if (read.has(card)) continue; // the card's other copy (desktop/mobile) was read with it
    read.add(card);
    const draft = readCard(card, anchor, id, now);
    const seen = drafts.get(id);
    drafts.set(id, seen ? { ...draft, ...seen } : draft);
  }
  return [...drafts.values()];
}

/** The card around a title link: its `article`, else the largest ancestor about this paper only. */
function cardOf(anchor: Element, id: string, pageUrl: string): Element {
  const article = anchor.closest('article');
  if (article) return article;
  let card: Element = anchor;
  for (let parent = anchor.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    const others = Array.from(parent.querySelectorAll('a[href*="/papers/"]')).some((link) => {
      const linkId = hfPaperLinkId(link.getAttribute('href'), pageUrl);
      return linkId !== undefined && linkId !== id;
    });
    if (others) break;
    card = parent;
  }
  return card;
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
