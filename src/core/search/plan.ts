/** Decides which query words take part in a search, and which of them must match. */
import type { QueryWord } from './query-types.js';
import { MAX_WORDS } from './scratch.js';
import { isStopWord, mayBecomeStopWord } from './stop-words.js';

export interface WordPlan {
  word: QueryWord;
  /** May still become a stop word (`th`, `is`): it ranks but does not exclude, or `attention is` finds nothing. */
  optional: boolean;
}

export function planWords(words: readonly QueryWord[]): WordPlan[] {
  const plans: WordPlan[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    // Finished stop words are not in the index; requiring them would exclude everything.
    if (!word.prefix && isStopWord(word.text)) continue;
    const key = `${word.prefix ? '+' : '='}${word.phrase ? '"' : ''}${word.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    plans.push({ word, optional: word.prefix && mayBecomeStopWord(word.text) });
  }
  return plans.slice(0, MAX_WORDS);
}
