/**
 * What every importer produces, and what an import will do before it does it. Readers (Paperdex JSON,
 * BibTeX, lists of arXiv ids, digest pages and text) turn a file into library records plus the parts they
 * could not read, each with the reason; planning compares them with the library.
 */
import type { Paper, Sighting } from './paper.js';

export type ImportFormat = 'paperdex' | 'bibtex' | 'ids' | 'digest';

/** A part of the input that was left out, and why: `where` names it ("entry 12 (smith2020)", "line 4"). */
export interface ImportProblem {
  where: string;
  reason: string;
}

export interface ImportReading {
  format: ImportFormat;
  papers: Paper[];
  sightings: Sighting[];
  invalid: ImportProblem[];
}

/** What applying a reading would change. Nothing is ever lowered: merged papers keep the person's state. */
export interface ImportPlan {
  /** Papers new to the library. */
  added: Paper[];
  /** Papers already there that the import adds to: the stored paper and what it becomes. */
  merged: { before: Paper; after: Paper }[];
  /** Papers already there with nothing new: skipped (importing the same file twice changes nothing). */
  unchanged: Paper[];
  /** Sightings not in the library yet. */
  sightings: Sighting[];
  invalid: ImportProblem[];
}
