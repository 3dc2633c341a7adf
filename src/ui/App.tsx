import { describeStatus } from './exampleStatus';
import { useRunExample } from './useRunExample';
import './app.css';

export function App() {
  const { status, run } = useRunExample();
  return (
    <main className="app">
      <h1 className="app__title">Franz</h1>
      <p className="app__tagline">
        Design a Kafka pipeline and watch it run, with Kafka&rsquo;s real behaviour underneath.
      </p>
      <button type="button" className="app__run" onClick={run}>
        Run example
      </button>
      <p role="status" aria-live="polite" className={`app__status app__status--${status.kind}`}>
        {describeStatus(status)}
      </p>
    </main>
  );
}
