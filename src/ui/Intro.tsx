/** The first thing a visitor sees: what Franz is and one button to watch it work. */
export function Intro({ onRunExample }: { onRunExample: () => void }) {
  return (
    <main className="intro">
      <h1 className="intro__title">Franz</h1>
      <p className="intro__tagline">
        Design a Kafka pipeline and watch it run, with Kafka&rsquo;s real behaviour underneath.
      </p>
      <p className="intro__example">
        The example has five sources writing to four topics, read by four sinks (consumer groups). Watch the
        groups rebalance and their lag rise and fall.
      </p>
      <button type="button" className="button button--primary button--large" onClick={onRunExample}>
        Run example
      </button>
    </main>
  );
}
