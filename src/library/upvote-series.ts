/** A paper's upvotes over time, from its sightings: the highest count read each day, oldest first. */
import type { Sighting } from '../core/paper.js';

export interface UpvotePoint {
  at: number;
  upvotes: number;
}

export function upvoteSeries(sightings: readonly Sighting[]): UpvotePoint[] {
  const byDay = new Map<string, UpvotePoint>();
  for (const sighting of sightings) {
    if (sighting.upvotes === undefined) continue;
    const day = new Date(sighting.seenAt).toISOString().slice(0, 10);
    const known = byDay.get(day);
    if (!known || sighting.upvotes > known.upvotes) byDay.set(day, { at: sighting.seenAt, upvotes: sighting.upvotes });
  }
  return [...byDay.values()].sort((a, b) => a.at - b.at);
}
