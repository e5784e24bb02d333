import type { Sighting } from '../../core/paper.js';
import { formatTime } from '../../popup/format.js';
import { upvoteSeries } from '../upvote-series.js';

const WIDTH = 280;
const HEIGHT = 64;

/** How a paper's upvotes grew, one point per day it was seen with a count. Shown from two readings on. */
export default function UpvoteChart({ sightings }: { sightings: readonly Sighting[] }) {
  const series = upvoteSeries(sightings);
  if (series.length < 2) return null;
  const first = series[0]!;
  const last = series.at(-1)!;
  const span = Math.max(1, last.at - first.at);
  const top = Math.max(1, ...series.map((point) => point.upvotes));
  const points = series.map((point) => {
    const x = 4 + ((point.at - first.at) / span) * (WIDTH - 8);
    const y = HEIGHT - 4 - (point.upvotes / top) * (HEIGHT - 8);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const summary = `Upvotes went from ${first.upvotes} on ${formatTime(first.at)} to ${last.upvotes} on ${formatTime(last.at)}, over ${series.length} readings.`;
  return (
    <figure class="upvotes">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={summary}>
        <polyline points={points.join(' ')} fill="none" stroke="currentColor" stroke-width="2" />
        {points.map((point, i) => {
          const [x, y] = point.split(',');
          return <circle key={i} cx={x} cy={y} r="2.5" fill="currentColor" />;
        })}
      </svg>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
