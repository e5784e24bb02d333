/**
 * Function words left out of the index. They are in nearly every abstract, so they cost a posting per paper
 * and rank nothing; leaving them out also keeps one- and two-letter prefixes cheap to expand.
 * Words that carry meaning in a title (`not`, `all`, `you`, `how`, `why`, `what`) are kept.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'can', 'for', 'from', 'has', 'have', 'in',
  'into', 'is', 'it', 'its', 'of', 'on', 'or', 'our', 'than', 'that', 'the', 'their', 'these', 'this', 'those',
  'to', 'was', 'we', 'were', 'which', 'while', 'with',
]);

const SORTED = [...STOP_WORDS].sort();

export function isStopWord(token: string): boolean {
  return token.length <= 5 && STOP_WORDS.has(token); // the length test spares most words a hash lookup
}

/** Whether the user may still be typing a stop word: `th` may become `the`. */
export function mayBecomeStopWord(prefix: string): boolean {
  return SORTED.some((word) => word.startsWith(prefix));
}
