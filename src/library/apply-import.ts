/**
 * Previews and applies an import. This page writes the import itself, in one transaction (a file of
 * 100,000 papers is larger than a message may be), then tells the background, which indexes the papers
 * and updates the marks on open pages.
 */
import type { ImportPlan, ImportReading } from '../core/import-types.js';
import { send } from '../platform/messaging.js';

async function database() {
  const [{ db }, store] = await Promise.all([import('../db/schema.js'), import('../db/import.js')]);
  return { db, store };
}

export async function previewReading(reading: ImportReading): Promise<ImportPlan> {
  const { db, store } = await database();
  return store.previewImport(db, reading);
}

export async function applyReading(reading: ImportReading): Promise<ImportPlan> {
  const { db, store } = await database();
  const { plan, changedIds, removedIds } = await store.applyImport(db, reading);
  await send('library/written', { ids: changedIds, removed: removedIds }).catch(() => undefined);
  return plan;
}
