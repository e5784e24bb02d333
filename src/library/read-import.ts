/**
 * Turns what the person gives to "Import" — a file, dropped or chosen, or pasted text — into library
 * records: Paperdex JSON, BibTeX, a list of arXiv ids or URLs, or a digest page (HTML or text) read by
 * the same parsers as the pages Paperdex captures.
 */
import type { ImportReading } from '../core/import-types.js';

export async function readImport(text: string, filename: string | undefined, now: Date): Promise<ImportReading> {
  const formats = await import('./import-formats.js');
  const format = formats.detectFormat(text, filename);
  const time = now.getTime();
  switch (format) {
    case 'paperdex':
      return formats.readPaperdex(text);
    case 'bibtex':
      return formats.readBibtex(text, time);
    case 'ids':
      return formats.readIdList(text, time);
    case 'html': {
      const document = new DOMParser().parseFromString(text, 'text/html');
      const result = formats.parsePage({ url: pageUrlOf(document, filename), now, document });
      return formats.readDigestEntries(result.entries, result.page, time);
    }
    default:
      return formats.readDigestText(text, time, filename);
  }
}

/** A saved page says where it came from (canonical link, og:url), which picks its parser. */
function pageUrlOf(document: Document, filename: string | undefined): string {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, og]) {
    if (candidate && /^https?:\/\//.test(candidate)) return candidate;
  }
  return `file:///${encodeURIComponent(filename ?? 'pasted.html')}`;
}
