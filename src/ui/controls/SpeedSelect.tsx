import { useMemo } from 'react';
import { fluidRefusal, type SimulationMode } from '../../engine';
import { useFranz } from '../../store/store';
import { formatSpeed } from '../format';
import { useSimActions } from '../simActions';
import { FLUID_SPEEDS, fluidValue, SPEEDS } from './speeds';

/**
 * Simulated seconds per real second (the speed really reached shows under the clock, SimClock), and with it the
 * engine's mode: every record up to 100x, or the fluid mode's flows as rates for hours and days. A change of mode
 * starts the run again (the worker says so); a design the fluid mode cannot run has its speeds disabled, with why.
 */
export function SpeedSelect() {
  const speed = useFranz((s) => s.sim.speed);
  const mode = useFranz((s) => s.sim.mode);
  const doc = useFranz((s) => s.doc);
  const refused = useMemo(() => fluidRefusal(doc), [doc]);
  const { setSpeed, setMode } = useSimActions();
  const value = mode === 'fluid' ? fluidValue(speed) : String(speed);
  const choose = (chosen: string) => {
    const next: SimulationMode = chosen.startsWith('fluid:') ? 'fluid' : 'record';
    const factor = Number(chosen.replace('fluid:', ''));
    if (next !== mode) setMode(next);
    setSpeed(factor);
  };
  return (
    <label className="speed">
      <span className="speed__label">Speed</span>
      <select
        className="speed__select"
        value={value}
        title={
          mode === 'fluid'
            ? 'Fluid mode: flows run as rates between events (for hours and days); changing mode restarts the run'
            : 'Every record runs through producers, logs and consumers; faster than 100x runs the fluid mode'
        }
        onChange={(e) => choose(e.target.value)}
      >
        <optgroup label="Every record">
          {SPEEDS.map((factor) => (
            <option key={factor} value={String(factor)}>
              {formatSpeed(factor)}
            </option>
          ))}
        </optgroup>
        <optgroup
          label={refused ? `Fluid: not for this design (${refused})` : 'Fluid: flows as rates'}
          disabled={refused !== null}
        >
          {FLUID_SPEEDS.map((factor) => (
            <option key={factor} value={fluidValue(factor)}>
              {`${formatSpeed(factor)} fluid`}
            </option>
          ))}
        </optgroup>
        {mode === 'fluid' && !FLUID_SPEEDS.includes(speed as (typeof FLUID_SPEEDS)[number]) && (
          <option value={value}>{`${formatSpeed(speed)} fluid`}</option>
        )}
      </select>
    </label>
  );
}
