/** "Export": papers (all, the listed ones or the selection) as a file in the person's downloads. */
import type { ExportFormat } from '../core/formats/export-file.js';
import type { Paper, Sighting } from '../core/paper.js';
import { getAll, getMany } from '../popup/read-db.js';

export type ExportScope = { kind: 'all' } | { kind: 'ids'; ids: readonly string[] };

export async function exportPapers(format: ExportFormat, scope: ExportScope): Promise<{ filename: string; count: number }> {
  // The writers load when the person exports, not with the page.
  const [{ exportFile }, papers] = await Promise.all([
    import('../core/formats/export-file.js'),
    scope.kind === 'all' ? getAll<Paper>('papers') : getMany<Paper>('papers', scope.ids),
  ]);
  let sightings: Sighting[] = [];
  if (format === 'json') {
    const all = await getAll<Sighting>('sightings');
    const wanted = new Set(papers.map((paper) => paper.id));
    sightings = scope.kind === 'all' ? all : all.filter((sighting) => wanted.has(sighting.paperId));
  }
  const file = exportFile(format, papers, sightings, new Date());
  download(new Blob([file.text], { type: file.mime }), file.filename);
  return { filename: file.filename, count: papers.length };
}

function download(blob: Blob, filename: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
