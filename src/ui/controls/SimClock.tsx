import { useFranz } from '../../store/store';
import { formatClock } from '../format';

/**
 * The simulated clock, from the newest snapshot (about twenty a second) or else the report. The selector
 * yields whole seconds, so the clock re-renders once a displayed second, not once a snapshot.
 */
export function SimClock() {
  const seconds = useFranz((s) => Math.floor((s.sim.snapshot?.[0] ?? s.sim.report?.simulatedMs ?? 0) / 1000));
  return (
    <div className="clock">
      <span role="timer" aria-label="Simulated time" className="clock__time">
        {formatClock(seconds * 1000)}
      </span>
      <span className="clock__caption" aria-hidden="true">
        simulated
      </span>
    </div>
  );
}
