import type { SimView } from '../worker/bridge';
import { PlaybackControls } from './PlaybackControls';
import { SimClock } from './SimClock';
import type { SimCommands } from './useSimCommands';

export function TopBar({ view, commands }: { view: SimView; commands: SimCommands }) {
  const live = view.status === 'live' && view.report !== null;
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <h1 className="topbar__title">Franz</h1>
        {view.design && <p className="topbar__design">{view.design.name}</p>}
      </div>
      <SimClock ms={view.report?.simulatedMs ?? 0} />
      <PlaybackControls
        live={live}
        running={view.running}
        speed={view.speed}
        onPlay={commands.play}
        onPause={commands.pause}
        onStep={commands.step}
        onSpeed={commands.setSpeed}
      />
      <button
        type="button"
        className="button topbar__run"
        title="Start the example again from 00:00"
        onClick={commands.runExample}
      >
        Run example
      </button>
    </header>
  );
}
