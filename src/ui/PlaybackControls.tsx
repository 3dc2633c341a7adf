import { memo } from 'react';
import { STEP_MS } from './exampleRun';
import { SpeedSelect } from './SpeedSelect';

interface Props {
  live: boolean;
  /** As the worker last confirmed, so Play shows only once the clock has really stopped. */
  running: boolean;
  speed: number;
  onPlay(): void;
  onPause(): void;
  onStep(): void;
  onSpeed(factor: number): void;
}

export const PlaybackControls = memo(function PlaybackControls(props: Props) {
  const { live, running } = props;
  return (
    <div className="controls" role="group" aria-label="Playback">
      {running ? (
        <button type="button" className="button button--primary" onClick={props.onPause} disabled={!live}>
          <span aria-hidden="true">❚❚ </span>Pause
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={props.onPlay} disabled={!live}>
          <span aria-hidden="true">▶ </span>Play
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={props.onStep}
        disabled={!live || running}
        title={`Advance the paused simulation by ${STEP_MS / 1000} s`}
      >
        Step
      </button>
      <SpeedSelect value={props.speed} onChange={props.onSpeed} disabled={!live} />
    </div>
  );
});
