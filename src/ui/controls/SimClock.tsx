import { useFranz } from '../../store/store';
import { useSnapshot } from '../../store/useSnapshot';
import { formatClock } from '../format';
import { behindCaption, describeBehind } from './speedBehind';

const wholeSeconds = (snapshot: Float64Array | null) => (snapshot ? Math.floor(snapshot[0]! / 1000) : null);

/**
 * The simulated clock, from the newest snapshot (about twenty a second) or else the report. Both reads
 * yield whole seconds, so the clock re-renders once a displayed second, not once a snapshot. When the
 * machine cannot step as fast as the chosen speed, the caption says the speed reached instead ("2.4x of
 * 5x") in the same place, so nothing in the top bar moves.
 */
export function SimClock() {
  const fromSnapshot = useSnapshot(wholeSeconds);
  const fromReport = useFranz((s) => Math.floor((s.sim.report?.simulatedMs ?? 0) / 1000));
  const seconds = fromSnapshot ?? fromReport;
  const speed = useFranz((s) => s.sim.speed);
  const behindAt = useFranz((s) => (s.sim.running ? s.sim.behindAt : null));
  return (
    <div className="clock">
      <span role="timer" aria-label="Simulated time" className="clock__time">
        {formatClock(seconds * 1000)}
      </span>
      {behindAt === null ? (
        <span className="clock__caption" aria-hidden="true">
          simulated
        </span>
      ) : (
        <span
          className="clock__caption clock__caption--behind"
          role="status"
          title={`This machine cannot step the simulation as fast as the chosen speed: ${describeBehind(behindAt, speed)}`}
        >
          {behindCaption(behindAt, speed)}
        </span>
      )}
    </div>
  );
}
