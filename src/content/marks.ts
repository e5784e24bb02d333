/**
 * The marks Paperdex puts next to each paper on the page: "seen before", a bookmark toggle and a read
 * toggle. Each lives in its own shadow root; they are rebuilt from the library's state whenever it changes.
 */
import type { PaperMark } from '../core/paper.js';
import { MARK_CSS } from './mark-style.js';

export const HOST_ATTRIBUTE = 'data-paperdex-mark';

export type Toggle = (id: string, change: { bookmarked?: boolean; read?: boolean }) => void;

/** Places or refreshes one mark per anchor; removes marks of papers no longer known. */
export function renderMarks(anchors: Map<string, Element[]>, marks: Map<string, PaperMark>, toggle: Toggle): void {
  for (const [id, elements] of anchors) {
    const mark = marks.get(id);
    for (const element of elements) {
      let host = Array.from(element.children).find((child) => child.getAttribute(HOST_ATTRIBUTE) === id);
      if (!mark) {
        host?.remove();
        continue;
      }
      if (!host) {
        host = document.createElement('span');
        host.setAttribute(HOST_ATTRIBUTE, id);
        host.attachShadow({ mode: 'open' });
        element.append(host);
      }
      draw(host.shadowRoot!, mark, toggle);
    }
  }
}

/** Whether a DOM change is only Paperdex's own marks (so it does not make the page be read again). */
export function isOwnMutation(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => node instanceof Element && node.hasAttribute(HOST_ATTRIBUTE));
}

function draw(root: ShadowRoot, mark: PaperMark, toggle: Toggle): void {
  const key = `${mark.seenBefore}|${mark.bookmarkedAt ?? ''}|${mark.readAt ?? ''}`;
  if ((root.host as HTMLElement).dataset['state'] === key) return;
  (root.host as HTMLElement).dataset['state'] = key;

  const style = document.createElement('style');
  style.textContent = MARK_CSS;
  const bar = document.createElement('span');
  bar.className = 'bar';
  if (mark.seenBefore) {
    const seen = document.createElement('span');
    seen.className = 'seen';
    seen.textContent = 'Seen';
    seen.title = `In your Paperdex library since ${new Date(mark.firstSeenAt).toLocaleDateString()}`;
    bar.append(seen);
  }
  const saved = mark.bookmarkedAt !== undefined;
  const read = mark.readAt !== undefined;
  bar.append(
    button('save', 'Bookmark', saved ? '★ Saved' : '☆ Save', saved, () => toggle(mark.id, { bookmarked: !saved })),
    button('read', 'Mark as read', read ? '✓ Read' : '○ Read', read, () => toggle(mark.id, { read: !read })),
  );
  root.replaceChildren(style, bar);
}

function button(className: string, label: string, text: string, pressed: boolean, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = text;
  element.setAttribute('aria-label', label);
  element.setAttribute('aria-pressed', String(pressed));
  element.title = label;
  element.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onClick();
  });
  return element;
}
