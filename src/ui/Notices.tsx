import type { SimView } from '../worker/bridge';

/** What went wrong, or was put right, with the simulation itself: above the tables, hard to miss. */
export function Notices({ view, onRestart }: { view: SimView; onRestart(): void }) {
  return (
    <>
      {view.status === 'stopped' && (
        <div className="notice notice--danger" role="alert">
          <p>
            <strong>The simulation stopped.</strong> Its worker died: {view.error}
          </p>
          <button type="button" className="button button--primary" onClick={onRestart}>
            Restart
          </button>
        </div>
      )}
      {view.status === 'live' && view.error && (
        <div className="notice notice--danger" role="alert">
          <p>
            <strong>The simulation reported a problem:</strong> {view.error}
          </p>
        </div>
      )}
      {view.invalid && (
        <div className="notice notice--danger" role="alert">
          <p>
            <strong>The design was refused</strong>; the previous run carries on.
          </p>
          <ul>
            {view.invalid.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {view.status === 'live' && view.restarted && (
        <p className="notice notice--info" role="status">
          The worker was restarted; the design runs again from 00:00.
        </p>
      )}
    </>
  );
}
