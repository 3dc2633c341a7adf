import type { SimView } from '../worker/bridge';
import { Notices } from './Notices';
import { RecentEvents } from './RecentEvents';
import { SinksTable } from './SinksTable';
import { TopBar } from './TopBar';
import { TopicsTable } from './TopicsTable';
import type { SimCommands } from './useSimCommands';

const NO_NAMES: Record<string, string> = {};

/** The running simulation: controls on top, the groups and topics on the left, what happened on the right. */
export function Dashboard({ view, commands }: { view: SimView; commands: SimCommands }) {
  const { report } = view;
  const nodeNames = view.design?.nodeNames ?? NO_NAMES;
  return (
    <div className={view.status === 'stopped' ? 'dashboard dashboard--stopped' : 'dashboard'}>
      <TopBar view={view} commands={commands} />
      <Notices view={view} onRestart={commands.restart} />
      {report ? (
        <main className="dashboard__body">
          <div className="dashboard__main">
            <SinksTable report={report} nodeNames={nodeNames} />
            <TopicsTable report={report} />
          </div>
          <RecentEvents events={view.events} report={report} nodeNames={nodeNames} />
        </main>
      ) : (
        view.status === 'live' && <p className="dashboard__loading">Starting the simulation…</p>
      )}
    </div>
  );
}
