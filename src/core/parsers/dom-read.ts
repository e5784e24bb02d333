/** Reading helpers over a standard DOM (the browser's, or linkedom's in Node). */
import { collapseWhitespace } from '../text.js';

/** The collapsed text of an element, or '' when there is none. */
export function textOf(node: Node | null | undefined): string {
  return node ? collapseWhitespace(node.textContent ?? '') : '';
}

/** The text of an element without its `.descriptor` label (arXiv's `Title:`, `Comments:`). */
export function textWithoutDescriptor(element: Element | null | undefined): string {
  if (!element) return '';
  const text = element.textContent ?? '';
  const label = element.querySelector('.descriptor')?.textContent ?? '';
  const at = label ? text.indexOf(label) : -1;
  return collapseWhitespace(at >= 0 ? text.slice(0, at) + text.slice(at + label.length) : text);
}

/** The JSON in `data-props` of a Svelte island (`div.SVELTE_HYDRATER[data-target=NAME]`). */
export function readIslandProps(root: ParentNode, target: string): { props?: unknown; problem?: string } {
  const island = root.querySelector(`[data-target="${target}"][data-props]`);
  if (!island) return {};
  try {
    return { props: JSON.parse(island.getAttribute('data-props') ?? '') as unknown };
  } catch {
    return { problem: `the page's embedded ${target} data is not valid JSON` };
  }
}

/** An absolute URL for an href on a page, or undefined when it is not a web URL. */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base || undefined);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The value of `<meta name=NAME>` (or `property=NAME`), collapsed; '' when absent. */
export function metaContent(root: ParentNode, name: string): string {
  const meta = root.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
  return collapseWhitespace(meta?.getAttribute('content') ?? '');
}

export function metaContents(root: ParentNode, name: string): string[] {
  return Array.from(root.querySelectorAll(`meta[name="${name}"]`))
    .map((meta) => collapseWhitespace(meta.getAttribute('content') ?? ''))
    .filter(Boolean);
}

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Every link of the page, with its text, as absolute URLs. */
export function linksOf(root: ParentNode, base: string): { text: string; href: string }[] {
  const links: { text: string; href: string }[] = [];
  for (const anchor of Array.from(root.querySelectorAll('a[href]'))) {
    const href = absoluteUrl(anchor.getAttribute('href'), base);
    if (href) links.push({ text: textOf(anchor), href });
  }
  return links;
}

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);

/**
 * The text of a DOM as lines, like `innerText` without layout: block elements start new lines.
 * Used where no rendering engine is available (saved pages in Node).
 */
export function domText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      continue;
    }
    if (!isElement(node) && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = isElement(node) ? node.tagName.toUpperCase() : '';
    if (SKIPPED.has(name)) continue;
    const block = BLOCKS.has(name);
    if (block) {
      lines.push(line);
      line = '';
    }
    if (leaving) continue;
    if (block) stack.push({ node, leaving: true });
    // Sibling links, not Array.from(childNodes): copying a live list of 300,000 children takes most of a second.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, leaving: false });
  }
  lines.push(line);
  return lines
    .map((text) => collapseWhitespace(text))
    .filter(Boolean)
    .join('\n');
}
