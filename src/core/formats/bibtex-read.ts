/**
 * "Import" of a BibTeX file (Zotero, JabRef, Google Scholar, arXiv's "Export BibTeX", Paperdex's own
 * export): one library paper per entry that names a paper, and every entry left out listed with its reason.
 */
import type { ImportProblem, ImportReading } from '../import-types.js';
import { paperDraftOf } from './bibtex-paper.js';
import { parseBibtex } from './bibtex-parse.js';
import { ImportedPapers } from './imported-paper.js';

export function readBibtex(text: string, now: number): ImportReading {
  const syntax = parseBibtex(text);
  const papers = new ImportedPapers(now);
  const invalid: ImportProblem[] = [...syntax.problems];
  for (const entry of syntax.entries) {
    const where = `entry ${entry.index}${entry.key ? ` (${entry.key})` : ''}`;
    const draft = paperDraftOf(entry);
    if (draft) papers.add(draft, where);
    else invalid.push({ where, reason: 'no title and no arXiv id' });
  }
  invalid.push(...papers.invalid);
  if (syntax.entries.length === 0 && invalid.length === 0 && text.trim() !== '') {
    invalid.push({ where: 'file', reason: 'no BibTeX entries found' });
  }
  return { format: 'bibtex', papers: papers.papers(), sightings: [], invalid: inFileOrder(invalid) };
}

/** Problems by entry number, as the person will look for them in the file; `@string` problems first. */
function inFileOrder(problems: ImportProblem[]): ImportProblem[] {
  const number = (problem: ImportProblem): number => Number(/^entry (\d+)/.exec(problem.where)?.[1] ?? 0);
  return problems.sort((a, b) => number(a) - number(b));
}
