/**
 * Library papers from files that are not Paperdex's own (BibTeX, lists of ids): seen on no site, first
 * and last seen at the import, and checked as the background will check them.
 */
import type { PaperFields } from '../entry.js';
import type { ImportProblem } from '../import-types.js';
import { validatePaper } from '../library-file.js';
import { mergePapers } from '../merge.js';
import type { Paper } from '../paper.js';
import { titleKey } from '../paper-key.js';

export interface PaperDraft extends PaperFields {
  id: string;
  tags?: string[];
  note?: string;
}

/**
 * Papers in file order, one per id: a paper listed twice (a preprint and its published version, an id
 * pasted twice) is one paper with both records' fields, tags and notes.
 */
export class ImportedPapers {
  private readonly byId = new Map<string, Paper>();
  readonly invalid: ImportProblem[] = [];

  constructor(private readonly now: number) {}

  add(draft: PaperDraft, where: string): void {
    const { tags = [], note = '', ...fields } = draft;
    const paper = validatePaper({
      ...fields,
      // A title-only paper's id is its title key already: computed once.
      ...(fields.title ? { titleKey: fields.id.startsWith('title:') ? fields.id : titleKey(fields.title) } : {}),
      sites: [],
      firstSeenAt: this.now,
      lastSeenAt: this.now,
      updatedAt: this.now,
      tags,
      note,
    });
    if (!paper) {
      // Only a field far beyond any real paper's (an abstract over 100,000 characters) gets here.
      this.invalid.push({ where, reason: 'a field is too long or malformed to be a paper' });
      return;
    }
    const known = this.byId.get(paper.id);
    this.byId.set(paper.id, known ? mergePapers(known, paper) : paper);
  }

  papers(): Paper[] {
    return [...this.byId.values()];
  }
}
