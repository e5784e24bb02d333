/** The form a tag is compared in: folded, words joined by `-`, so `In Context` and `in-context` are one tag. */
import { tokenize } from './tokenize.js';

export function tagKey(name: string): string {
  return tokenize(name).join('-');
}
