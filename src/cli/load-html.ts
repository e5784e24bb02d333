/** Saved pages in Node: an HTML string to a standard DOM document (linkedom), and the URL it was saved from. */
import { parseHTML } from 'linkedom';

export function loadHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The page's own URL as it declares it (`<link rel=canonical>` or `og:url`), if any. */
export function pageUrlOf(document: Document): string | undefined {
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  return candidates.find((href): href is string => Boolean(href && URL.canParse(href)));
}
