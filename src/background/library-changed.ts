/** Everything that follows a change to the library: the extension's pages, the marks on web pages, the index. */
import type { Paper } from '../core/paper.js';
import { announceLibraryChange } from '../platform/library-events.js';
import { backupSoon } from './backup.js';
import { broadcastMarks } from './broadcast.js';
import { indexPending } from './search-sync.js';

/**
 * `capture`: pages read papers — marks of other pages stay as they are (captures never change the
 * person's state). `person`: the person changed papers — every page showing them follows.
 */
export async function libraryChanged(
  changed: readonly Paper[],
  removed: readonly string[],
  cause: 'capture' | 'person',
): Promise<void> {
  announceLibraryChange({ ids: changed.map((paper) => paper.id), removed: [...removed] });
  void indexPending();
  backupSoon();
  if (cause === 'person') await broadcastMarks(changed, removed);
}
