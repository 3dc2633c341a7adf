import type { LagTrend } from './sinkRows';

const look: Record<LagTrend, { arrow: string; label: string; tone: 'ok' | 'warn' | 'neutral' }> = {
  measuring: { arrow: '', label: 'measuring…', tone: 'neutral' },
  'caught-up': { arrow: '✓', label: 'caught up', tone: 'ok' },
  draining: { arrow: '↓', label: 'draining', tone: 'ok' },
  steady: { arrow: '→', label: 'steady', tone: 'neutral' },
  growing: { arrow: '↑', label: 'growing', tone: 'warn' },
};

/** Which way lag moves: a line fitted through the last 20 s of simulated time (see the engine's lagTrend). */
export function TrendBadge({ trend }: { trend: LagTrend }) {
  const { arrow, label, tone } = look[trend];
  return (
    <span className={`trend trend--${tone}`}>
      {arrow && <span aria-hidden="true">{arrow} </span>}
      {label}
    </span>
  );
}
