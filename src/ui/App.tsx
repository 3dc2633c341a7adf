import type { SimBridge } from '../worker/bridge';
import { Dashboard } from './Dashboard';
import { Intro } from './Intro';
import { useSimCommands } from './useSimCommands';
import { useSimView } from './useSimView';
import './app.css';

export function App({ bridge }: { bridge: SimBridge }) {
  const view = useSimView(bridge);
  const commands = useSimCommands(bridge);
  return view.status === 'idle' ? (
    <Intro onRunExample={commands.runExample} />
  ) : (
    <Dashboard view={view} commands={commands} />
  );
}
