/**
 * arXiv identifiers in every form people meet them, mapped to one canonical id.
 *
 * New style: `YYMM.NNNN` (April 2007 to December 2014) or `YYMM.NNNNN` (from January 2015), optional `vN`.
 * Old style: `archive[.SC]/YYMMNNN`, e.g. `hep-th/9901001`, `math.GT/0309136`; the subject class is not
 * part of the id, so `math.GT/0309136` is `math/0309136`.
 */

export interface ArxivRef {
  /** Canonical id without version. */
  id: string;
  /** `v2`, when the input carried a version. */
  version?: string;
}

const NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})(v\d+)?$/;
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)?)(?:\.[a-z]{2})?\/(\d{7})(v\d+)?$/i;

/** Hosts whose paths name a paper by its arXiv id, and the path prefixes that do. */
const PAPER_PATHS: Record<string, readonly string[]> = {
  'arxiv.org': ['abs', 'pdf', 'html', 'format', 'src', 'ps'],
  'export.arxiv.org': ['abs', 'pdf', 'html', 'format', 'src', 'ps'],
  'browse.arxiv.org': ['abs', 'pdf', 'html'],
  'ar5iv.org': ['abs', 'html', 'papers'],
  'ar5iv.labs.arxiv.org': ['abs', 'html', 'papers'],
  'huggingface.co': ['papers'],
  'alphaxiv.org': ['abs', 'overview', 'pdf'],
  'arxiv-sanity-lite.com': ['abs'],
};

/** Reads a bare id (`2311.12424v2`, `hep-th/9901001`), optionally prefixed with `arXiv:`. */
export function parseBareArxivId(input: string): ArxivRef | null {
  const text = input.trim().replace(/^arxiv:\s*/i, '');
  const modern = NEW_STYLE.exec(text);
  if (modern) {
    const [, yy, mm, serial, version] = modern;
    if (!isValidModern(Number(yy), Number(mm), serial!.length)) return null;
    return withVersion(`${yy}${mm}.${serial}`, version);
  }
  const old = OLD_STYLE.exec(text);
  if (old) {
    const [, archive, number, version] = old;
    const month = Number(number!.slice(2, 4));
    if (month < 1 || month > 12) return null;
    return withVersion(`${archive!.toLowerCase()}/${number}`, version);
  }
  return null;
}

/**
 * Reads an arXiv id from any form: bare, `arXiv:` prefixed, or a URL on arxiv.org (`/abs`, `/pdf`, `/html`),
 * huggingface.co/papers, alphaxiv.org, ar5iv, or the arXiv DOI (`10.48550/arXiv.…`).
 */
export function parseArxivId(input: string): ArxivRef | null {
  const text = input.trim();
  if (text === '') return null;
  const bare = parseBareArxivId(text);
  if (bare) return bare;
  const doi = /(?:^|doi\.org\/|doi:\s*)10\.48550\/arxiv\.(.+)$/i.exec(text);
  if (doi) return parseBareArxivId(decodePart(doi[1]!));
  return parseArxivUrl(text);
}

function parseArxivUrl(text: string): ArxivRef | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const prefixes = PAPER_PATHS[host];
  if (!prefixes) return null;
  const parts = url.pathname.split('/').filter(Boolean).map(decodePart);
  const prefix = parts[0];
  if (prefix === undefined || !prefixes.includes(prefix)) return null;
  const rest = parts.slice(1);
  // Old-style ids span two path segments (`hep-th/9901001`), new-style ids one.
  const candidates = [rest.slice(0, 2).join('/'), rest[0] ?? ''];
  for (const candidate of candidates) {
    const ref = parseBareArxivId(candidate.replace(/\.pdf$/i, ''));
    if (ref) return ref;
  }
  return null;
}

/** Every distinct arXiv id mentioned in a text as `arXiv:ID`, in order of first mention. */
export function findArxivIds(text: string): ArxivRef[] {
  const found = new Map<string, ArxivRef>();
  for (const match of text.matchAll(/arxiv:\s*([a-z-]+(?:\.[a-z]{2})?\/\d{7}(?:v\d+)?|\d{4}\.\d{4,5}(?:v\d+)?)/gi)) {
    const ref = parseBareArxivId(match[1]!);
    if (ref && !found.has(ref.id)) found.set(ref.id, ref);
  }
  return [...found.values()];
}

/** The entry key for an arXiv paper. */
export function arxivKey(arxivId: string): string {
  return `arxiv:${arxivId}`;
}

export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}

export function arxivPdfUrl(arxivId: string): string {
  return `https://arxiv.org/pdf/${arxivId}`;
}

function isValidModern(yy: number, mm: number, serialLength: number): boolean {
  if (mm < 1 || mm > 12) return false;
  const yymm = yy * 100 + mm;
  if (yymm < 704) return false; // new-style ids start in April 2007
  return serialLength === (yymm >= 1501 ? 5 : 4);
}

function withVersion(id: string, version: string | undefined): ArxivRef {
  return version ? { id, version } : { id };
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
