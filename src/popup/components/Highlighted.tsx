import { highlightParts } from '../highlight.js';

export type HighlightedProps = {
  text: string;
  /** Index words to mark, from the search hit. */
  terms: readonly string[];
};

export default function Highlighted({ text, terms }: HighlightedProps) {
  return (
    <>
      {highlightParts(text, terms).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
