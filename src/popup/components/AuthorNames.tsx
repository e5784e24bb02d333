import { Fragment } from 'preact';
import Highlighted from './Highlighted.js';

export type AuthorNamesProps = {
  /** Names as the pages gave them: any script, and possibly direction overrides or invisible characters. */
  names: readonly string[];
  /** Index words to mark, from the search hit. */
  terms: readonly string[];
};

/**
 * Names separated by commas, each in a bidi isolate of its own: a right-to-left name, or one carrying an
 * unclosed override (U+202E), cannot reorder the commas or the names after it.
 */
export default function AuthorNames({ names, terms }: AuthorNamesProps) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={i}>
          {i > 0 && ', '}
          <bdi>
            <Highlighted text={name} terms={terms} />
          </bdi>
        </Fragment>
      ))}
    </>
  );
}
