import type { LagTrend } from './sinkRows';

const look: Record<LagTrend, { arrow: string; label: string; tone: 'ok' | 'warn' | 'neutral' }> = {
  'caught-up': { arrow: '✓', label: 'caught up', tone: 'ok' },
  falling: { arrow: '↓', label: 'falling', tone: 'ok' },
  steady: { arrow: '→', label: 'steady', tone: 'neutral' },
  growing: { arrow: '↑', label: 'growing', tone: 'warn' },
};

/** Which way lag moved over the last ten seconds of simulated time. */
export function TrendBadge({ trend }: { trend: LagTrend }) {
  const { arrow, label, tone } = look[trend];
  return (
    <span className={`trend trend--${tone}`}>
      <span aria-hidden="true">{arrow}</span> {label}
    </span>
  );
}
