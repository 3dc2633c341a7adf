import { useFranz } from '../../store/store';
import { useSnapshot } from '../../store/useSnapshot';
import { formatClock } from '../format';

const wholeSeconds = (snapshot: Float64Array | null) => (snapshot ? Math.floor(snapshot[0]! / 1000) : null);

/**
 * The simulated clock, from the newest snapshot (about twenty a second) or else the report. Both reads
 * yield whole seconds, so the clock re-renders once a displayed second, not once a snapshot.
 */
export function SimClock() {
  const fromSnapshot = useSnapshot(wholeSeconds);
  const fromReport = useFranz((s) => Math.floor((s.sim.report?.simulatedMs ?? 0) / 1000));
  const seconds = fromSnapshot ?? fromReport;
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
