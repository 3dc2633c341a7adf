// Whether a group's lag converges or grows, and how long until it reaches zero at the current pace.
import type { Series } from './series';

export type LagTrend = 'caught-up' | 'falling' | 'steady' | 'growing';

function mean(s: Series, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += s.at(i);
  return sum / (to - from);
}

/**
 * Compares the mean lag of the newest `window` samples with the `window` before them (20 s each at the
 * default 1 s interval). Means, because auto-commit makes committed lag a saw-tooth.
 */
export function lagTrend(
  lag: Series | undefined,
  intervalMs: number,
  window = 20,
): { trend: LagTrend; timeToDrainMs: number | null } {
  if (!lag || lag.length === 0) return { trend: 'steady', timeToDrainMs: null };
  const now = lag.last();
  if (now === 0) return { trend: 'caught-up', timeToDrainMs: 0 };
  const w = Math.min(window, Math.floor(lag.length / 2));
  if (w === 0) return { trend: 'steady', timeToDrainMs: null };
  const recent = mean(lag, lag.length - w, lag.length);
  const before = mean(lag, lag.length - 2 * w, lag.length - w);
  const tolerance = Math.max(10, before * 0.15);
  if (recent > before + tolerance) return { trend: 'growing', timeToDrainMs: null };
  if (recent < before - tolerance) {
    const perMs = (before - recent) / (w * intervalMs);
    return { trend: 'falling', timeToDrainMs: Math.round(now / perMs) };
  }
  return { trend: 'steady', timeToDrainMs: null };
}
