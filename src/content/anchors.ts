/** Where each paper's mark goes on the page: next to its title, in every copy of its card. */
import type { PageKind } from '../core/entry.js';
import { parseArxivId } from '../core/arxiv-id.js';
import { hfPaperLinkId } from '../core/parsers/hf-cards.js';

/** Paper id → the elements (title headings, listing rows) its mark is appended to. */
export function markAnchors(doc: Document, kind: PageKind): Map<string, Element[]> {
  const anchors = new Map<string, Element[]>();
  const add = (arxivId: string | undefined, element: Element | null): void => {
    if (!arxivId || !element) return;
    const id = `arxiv:${arxivId}`;
    anchors.set(id, [...(anchors.get(id) ?? []), element]);
  };
  switch (kind) {
    case 'hf-paper':
      add(parseArxivId(location.href)?.id, doc.querySelector('h1'));
      break;
    case 'arxiv-abs':
      add(parseArxivId(location.href)?.id, doc.querySelector('h1.title'));
      break;
    case 'arxiv-list':
      for (const term of Array.from(doc.querySelectorAll('dl dt'))) {
        const link = term.querySelector('a[title="Abstract"]') ?? term.querySelector('a[href*="/abs/"]');
        add(link instanceof HTMLAnchorElement ? parseArxivId(link.href)?.id : undefined, term);
      }
      break;
    case 'text':
      break;
    default:
      for (const link of Array.from(doc.querySelectorAll('h3 a[href]'))) {
        add(hfPaperLinkId(link.getAttribute('href'), location.href), link.closest('h3'));
      }
  }
  return anchors;
}
