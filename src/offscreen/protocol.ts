/** What the background asks Chrome's offscreen document, and its answers. */
import { asNumber, asRecord } from '../core/json-read.js';

/** Marks messages for the offscreen document, which ignores every other (they are the background's). */
export const OFFSCREEN_TARGET = 'paperdex-offscreen';

export interface BlobRequest {
  target: typeof OFFSCREEN_TARGET;
  type: 'backup/blob';
  /** The backup's time, as the background chose it (it names the file after it). */
  exportedAt: number;
}

export type BlobAnswer = { ok: true; url: string; papers: number } | { ok: false; error: string };

export function asBlobRequest(message: unknown): BlobRequest | undefined {
  const record = asRecord(message);
  const exportedAt = asNumber(record?.['exportedAt']);
  if (record?.['target'] !== OFFSCREEN_TARGET || record['type'] !== 'backup/blob' || exportedAt === undefined) return undefined;
  return { target: OFFSCREEN_TARGET, type: 'backup/blob', exportedAt };
}
