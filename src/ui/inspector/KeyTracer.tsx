import { useId, useState } from 'react';
import { formatCount } from '../format';
import { keyTrace } from './keyTrace';

/** Type a key and see the partition Kafka's default partitioner gives it, step by step (keyTrace.ts). */
export function KeyTracer({ topic, partitions }: { topic: string; partitions: number }) {
  const [key, setKey] = useState('');
  const titleId = useId();
  const inputId = useId();
  const trace = key === '' || partitions < 1 ? null : keyTrace(key, partitions);
  return (
    <section className="config-section key-tracer" aria-labelledby={titleId}>
      <h3 className="config-section__title" id={titleId}>
        Where a key goes
      </h3>
      <label className="key-tracer__label" htmlFor={inputId}>
        Key
      </label>
      <input
        id={inputId}
        className="key-tracer__input"
        value={key}
        spellCheck={false}
        placeholder="order-7"
        onChange={(e) => setKey(e.target.value)}
      />
      {trace && (
        <output className="key-tracer__trace" htmlFor={inputId} aria-live="polite">
          <code className="config-section__code">
            murmur2(&quot;{key}&quot;) = {trace.hash}
          </code>
          <code className="config-section__code">
            toPositive = {trace.hash} &amp; 0x7fffffff = {trace.positive}
          </code>
          <code className="config-section__code">
            {trace.positive} % {partitions} = {trace.partition}
          </code>
          <span className="key-tracer__result">
            Partition <strong>{trace.partition}</strong> of {topic}, with every record of this key, in order.
          </span>
          <span className="config-section__note">
            With{' '}
            {trace.elsewhere.map((e) => `${formatCount(e.partitions)} partitions: ${e.partition}`).join('; ')}
            . Adding partitions moves keys, so order across the change is not kept.
          </span>
        </output>
      )}
    </section>
  );
}
