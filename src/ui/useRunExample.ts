import { useCallback, useEffect, useRef, useState } from 'react';
import { PROTOCOL_VERSION } from '../protocol/messages';
import { startSimWorker, type SimClient } from '../worker/simClient';
import type { ExampleStatus } from './exampleStatus';

const EXAMPLE_SEED = 42;

/**
 * Starts a fresh simulation worker on each run, shakes hands, then asks it for work. For now the work is
 * a few draws from the engine's seeded Rng, standing in until the simulation API lands.
 */
export function useRunExample() {
  const [status, setStatus] = useState<ExampleStatus>({ kind: 'idle' });
  const client = useRef<SimClient | null>(null);

  useEffect(() => () => client.current?.terminate(), []);

  const run = useCallback(() => {
    client.current?.terminate();
    setStatus({ kind: 'starting' });
    const sim = startSimWorker(
      (message) => {
        switch (message.type) {
          case 'ready':
            if (message.protocolVersion !== PROTOCOL_VERSION) {
              setStatus({
                kind: 'failed',
                message: `the worker speaks protocol ${message.protocolVersion}.`,
              });
              return;
            }
            setStatus({ kind: 'ready' });
            sim.send({ type: 'sampleRng', seed: EXAMPLE_SEED, count: 3 });
            return;
          case 'rngSample':
            setStatus({ kind: 'sampled', seed: message.seed, values: message.values });
            return;
          case 'error':
            setStatus({ kind: 'failed', message: message.message });
            return;
        }
      },
      (message) => setStatus({ kind: 'failed', message }),
    );
    client.current = sim;
    sim.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
  }, []);

  return { status, run };
}
