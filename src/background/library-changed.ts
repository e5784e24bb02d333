/** Everything that follows a change to the library: the pages' marks, and the search index. */
import type { Paper } from '../core/paper.js';
import { broadcastMarks } from './broadcast.js';

/**
 * `capture`: pages read papers — marks of other pages stay as they are (captures never change the
 * person's state). `person`: the person changed papers — every page showing them follows.
 */
export async function libraryChanged(
  changed: readonly Paper[],
  removed: readonly string[],
  cause: 'capture' | 'person',
): Promise<void> {
  if (cause === 'person') await broadcastMarks(changed, removed);
}
