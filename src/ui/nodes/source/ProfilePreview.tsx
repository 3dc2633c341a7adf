// A sparkline of a source's load profile from simulated time zero: a day for a daily curve, the trace's span (two
// loops when it repeats), and a step or a spike with room either side. Computed by the engine's own profile.
import { profileRates, type SourceConfig } from '../../../engine';
import { formatCount } from '../../format';
import { spanText } from './TraceImport';
import './loadProfile.css';

const POINTS = 96;
const WIDTH = 220;
const HEIGHT = 36;

/** How far the preview looks, in ms. */
export function previewSpanMs(config: SourceConfig): number {
  const p = config.profile;
  switch (p.type) {
    case 'daily':
      return 86_400_000;
    case 'step':
      return Math.max(2 * p.stepAtMs, 10_000);
    case 'spike':
      return Math.max(2 * (p.spikeAtMs + p.spikeDurationMs), 10_000);
    case 'trace': {
      const last = p.points[p.points.length - 1]![0] * 1000;
      return Math.max(p.repeat ? 2 * last : last * 1.1, 1000);
    }
    case 'constant':
      return 0;
  }
}

export function ProfilePreview({ config }: { config: SourceConfig }) {
  if (config.profile.type === 'constant') return null;
  const span = previewSpanMs(config);
  // 96 samples: a trace row shorter than one sample may not show; the simulation still follows it.
  const rates = profileRates(config.profile, config.rate, 0, span, POINTS);
  const peak = Math.max(...rates);
  const top = peak > 0 ? peak : 1;
  const path = rates
    .map(
      (r, i) =>
        `${((i / (POINTS - 1)) * WIDTH).toFixed(1)},${(HEIGHT - 2 - (r / top) * (HEIGHT - 4)).toFixed(1)}`,
    )
    .join(' ');
  const label = `Load profile over the first ${spanText(span / 1000)}: from ${formatCount(Math.round(Math.min(...rates)))} to ${formatCount(Math.round(peak))} records/s`;
  return (
    <figure className="profile-preview">
      <svg
        className="profile-preview__line"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={label}
      >
        <polyline points={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      <figcaption className="profile-preview__caption">
        load profile, first {spanText(span / 1000)} · peak {formatCount(Math.round(peak))} rec/s
      </figcaption>
    </figure>
  );
}
