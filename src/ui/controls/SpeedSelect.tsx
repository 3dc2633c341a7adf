import { useFranz } from '../../store/store';
import { formatSpeed } from '../format';
import { useSimActions } from '../simActions';
import { describeBehind } from './speedBehind';
import { SPEEDS } from './speeds';

/** Simulated seconds per real second, and the speed really achieved when the machine cannot keep up. */
export function SpeedSelect() {
  const speed = useFranz((s) => s.sim.speed);
  const behindAt = useFranz((s) => (s.sim.running ? s.sim.behindAt : null));
  const { setSpeed } = useSimActions();
  return (
    <>
      <label className="speed">
        <span className="speed__label">Speed</span>
        <select
          className="speed__select"
          value={String(speed)}
          onChange={(e) => setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((factor) => (
            <option key={factor} value={String(factor)}>
              {formatSpeed(factor)}
            </option>
          ))}
        </select>
      </label>
      {behindAt !== null && (
        <span
          className="speed__behind"
          role="status"
          title="This machine cannot step the simulation as fast as the chosen speed: it runs as fast as it can"
        >
          {describeBehind(behindAt, speed)}
        </span>
      )}
    </>
  );
}
