/** The popup's reads of papers and sightings. It never writes: changes go to the background by message. */
import type { Paper, Sighting } from '../core/paper.js';
import { getByIndex, getMany } from './read-db.js';

export async function papersByIds(ids: readonly string[]): Promise<Map<string, Paper>> {
  const papers = await getMany<Paper>('papers', ids);
  return new Map(papers.map((paper) => [paper.id, paper]));
}

/** Where a paper was seen, newest first. */
export async function sightingsOf(paperId: string): Promise<Sighting[]> {
  const sightings = await getByIndex<Sighting>('sightings', 'paperId', paperId);
  return sightings.sort((a, b) => b.seenAt - a.seenAt);
}

/** The papers a page showed the last time it was read, in page order. */
export async function papersSeenOn(pageUrl: string): Promise<string[]> {
  const sightings = await getByIndex<Sighting>('sightings', 'pageUrl', pageUrl);
  if (sightings.length === 0) return [];
  const latestDay = Math.max(...sightings.map((sighting) => sighting.seenAt)) - 36 * 3600 * 1000;
  const recent = sightings.filter((sighting) => sighting.seenAt >= latestDay).sort((a, b) => a.position - b.position);
  return [...new Set(recent.map((sighting) => sighting.paperId))];
}
