import { useFranz } from '../../store/store';
import { formatSpeed } from '../format';
import { useSimActions } from '../simActions';
import { SPEEDS } from './speeds';

/** Simulated seconds per real second (the speed really reached shows under the clock, SimClock). */
export function SpeedSelect() {
  const speed = useFranz((s) => s.sim.speed);
  const { setSpeed } = useSimActions();
  return (
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
  );
}
