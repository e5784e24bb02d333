/** Which reader a file or a pasted text needs: by its name when that says, else by what it holds. */
import { LIBRARY_FORMAT } from '../library-file.js';
import { idsInLine } from './id-list-read.js';

export type DetectedFormat = 'paperdex' | 'bibtex' | 'ids' | 'html' | 'text';

/** Share of non-blank lines that must be only ids for a text to be a list of ids, not a digest citing a few. */
const ID_LINES = 0.8;
/** Lines looked at to decide: enough for any list, cheap for a whole digest. */
const SAMPLE_LINES = 500;
/** Characters looked at, at most: 500 lines of a long-lined text (a megabyte) would take seconds to judge. */
const SAMPLE_CHARS = 64 * 1024;

export function detectFormat(text: string, filename?: string): DetectedFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  // A .json file is read as a library even when it is not one, so the person hears why it cannot be.
  if (extension === 'json') return 'paperdex';
  if (head.startsWith('{') && new RegExp(`"format"\\s*:\\s*"${LIBRARY_FORMAT}"`).test(head)) return 'paperdex';
  if (extension === 'bib' || extension === 'bibtex') return 'bibtex';
  if (extension === 'html' || extension === 'htm' || isMarkup(head)) return 'html';
  if (/^[ \t]*@(?:string|comment|preamble|[a-z]+\s*[{(][^\s,{}()]*\s*,)/im.test(text)) return 'bibtex';
  return isIdList(text) ? 'ids' : 'text';
}

function isMarkup(head: string): boolean {
  if (/^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml)/i.test(head)) return true;
  return head.startsWith('<') && /<\/[a-z][a-z0-9]*\s*>/i.test(head);
}

function isIdList(text: string): boolean {
  const lines = sampleOf(text).split(/\r\n?|\n/, SAMPLE_LINES * 4).filter((line) => line.trim() !== '').slice(0, SAMPLE_LINES);
  const idLines = lines.filter(isIdLine).length;
  return idLines > 0 && idLines >= ID_LINES * lines.length;
}

/** Whether a line names arXiv papers and nothing else: word by word, stopping at the first that names none. */
function isIdLine(line: string): boolean {
  let found = false;
  for (const word of line.replace(/\barxiv:\s+/gi, 'arXiv:').split(/[\s,]+/)) {
    const { refs, rest } = idsInLine(word);
    if (rest.length > 0) return false;
    found ||= refs.length > 0;
  }
  return found;
}

/** The start of a long text, cut after its last separator (white space, comma) so that no id is cut in two. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const head = text.slice(0, SAMPLE_CHARS);
  const cut = head.search(/[\s,][^\s,]*$/);
  return cut > 0 ? head.slice(0, cut) : head;
}
