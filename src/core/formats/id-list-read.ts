/**
 * "Import" of a list of arXiv papers: ids or URLs in any form people paste them (`2311.12424`,
 * `arXiv:2311.12424v2`, arxiv.org, Hugging Face or alphaxiv links, the arXiv DOI), one or more a line,
 * separated by white space or commas.
 */
import { arxivAbsUrl, arxivKey, parseArxivId, parseBareArxivId, type ArxivRef } from '../arxiv-id.js';
import type { ImportProblem, ImportReading } from '../import-types.js';
import { ImportedPapers } from './imported-paper.js';

export function readIdList(text: string, now: number): ImportReading {
  const papers = new ImportedPapers(now);
  const invalid: ImportProblem[] = [];
  // One paper per id, at its first line, with the latest version listed: checked once, not once a mention
  // (a list pasted twice over has thousands of mentions of a few papers).
  const listed = new Map<string, { ref: ArxivRef; where: string }>();
  text.split(/\r\n?|\n/).forEach((line, i) => {
    const where = `line ${i + 1}`;
    const { refs, rest } = idsInLine(line);
    for (const ref of refs) {
      const known = listed.get(ref.id);
      if (!known) listed.set(ref.id, { ref, where });
      else if (versionOf(ref) > versionOf(known.ref)) known.ref = ref;
    }
    if (rest.length === 0) return;
    const words = rest.join(' ');
    const shown = words.length > 60 ? `${words.slice(0, 60)}…` : words;
    invalid.push({ where, reason: refs.length > 0 ? `"${shown}" is not an arXiv id or URL` : 'not an arXiv id or URL' });
  });
  for (const { ref, where } of listed.values()) {
    papers.add({ id: arxivKey(ref.id), arxivId: ref.id, ...(ref.version ? { version: ref.version } : {}), url: arxivAbsUrl(ref.id) }, where);
  }
  invalid.push(...papers.invalid);
  return { format: 'ids', papers: papers.papers(), sightings: [], invalid };
}

function versionOf(ref: ArxivRef): number {
  return ref.version ? Number(ref.version.slice(1)) : 0;
}

/** Longer than any id or link people paste; such a word is not parsed (a URL parser takes a second on 500 KB). */
const LONGEST_WORD = 2_048;

/**
 * The links people paste most (`https://arxiv.org/abs/2311.12424v2`, `…/pdf/….pdf`, huggingface.co/papers/…),
 * read without a URL parser, which costs more than the rest of the reading; other forms go through it.
 */
const PLAIN_LINK =
  /^(?:https?:\/\/)?(?:www\.)?(?:arxiv\.org\/(?:abs|pdf|html)|huggingface\.co\/papers|alphaxiv\.org\/(?:abs|overview|pdf))\/(\d{4}\.\d{4,5}(?:v\d+)?)(?:\.pdf)?\/?$/;

/**
 * Whether a word that is not a bare id may still be an arXiv link or DOI: it names a host that has papers,
 * or the arXiv DOI (or may hide either in %-escapes or non-ASCII letters). Parsing every other word as a
 * URL (`arXiv:207.0590` is host `arxiv`, port `207.0590`: an exception) costs a second per 100,000 words.
 */
function mayBeLink(word: string): boolean {
  return /(?:arxiv|ar5iv|alphaxiv|huggingface|arxiv-sanity-lite)\.|%|[^ -~]/i.test(word);
}

/** The arXiv papers a line names, and the words on it that name none. */
export function idsInLine(line: string): { refs: ArxivRef[]; rest: string[] } {
  const refs: ArxivRef[] = [];
  const rest: string[] = [];
  for (const token of line.replace(/\barxiv:\s+/gi, 'arXiv:').split(/[\s,]+/)) {
    // List markers (`-`, `•`, `1.`) and lone punctuation are not words left out.
    if (token === '' || /^(?:[-–—•*#>|.,;:()[\]<>"'`]+|\d+[.)])$/.test(token)) continue;
    if (token.length > LONGEST_WORD) {
      rest.push(token);
      continue;
    }
    // Brackets, quotes and sentence punctuation around an id (`(2311.12424)`, `<https://…>`, `2311.12424.`).
    const bare = token.replace(/^[<([{"'`*]+|[>)\]}"'`*.;:!?]+$/g, '');
    const link = /https?:\/\/[^\s<>()[\]"']+/i.exec(bare)?.[0];
    const ref =
      parseBareArxivId(bare) ??
      parseBareArxivId(PLAIN_LINK.exec(bare)?.[1] ?? '') ??
      (mayBeLink(bare) ? parseArxivId(bare) : null) ??
      (link && link !== bare ? parseArxivId(link) : null);
    if (ref) refs.push(ref);
    else rest.push(token);
  }
  return { refs, rest };
}
