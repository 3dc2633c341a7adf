import { useFranz } from '../../store/store';
import { useSimActions } from '../simActions';
import { SeedInput } from './SeedInput';
import { SimClock } from './SimClock';
import { SpeedSelect } from './SpeedSelect';
import './controls.css';

/** Play, Pause, Step, Reset, Speed, the simulated clock and the seed. */
export function Controls() {
  const status = useFranz((s) => s.sim.status);
  const running = useFranz((s) => s.sim.running);
  const sim = useSimActions();
  const live = status === 'live';
  return (
    <div className="controls" role="group" aria-label="Simulation">
      {/* Two elements, not one relabelled: a click aimed at Play can never land on Pause. */}
      {running ? (
        <button
          key="pause"
          type="button"
          className="button button--primary"
          onClick={sim.pause}
          disabled={!live}
        >
          <span aria-hidden="true">❚❚ </span>Pause
        </button>
      ) : (
        <button
          key="play"
          type="button"
          className="button button--primary"
          onClick={sim.play}
          disabled={!live}
        >
          <span aria-hidden="true">▶ </span>Play
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => sim.step()}
        disabled={!live || running}
        title="Advance the paused simulation by one simulated second"
      >
        Step
      </button>
      <button
        type="button"
        className="button"
        onClick={sim.reset}
        disabled={!live}
        title="Start again from 00:00"
      >
        Reset
      </button>
      {status === 'stopped' && (
        <button
          type="button"
          className="button"
          onClick={sim.restart}
          title="Start a new worker from your design"
        >
          Restart
        </button>
      )}
      <SpeedSelect />
      <SimClock />
      <SeedInput />
    </div>
  );
}
