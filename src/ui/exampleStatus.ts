/** Where the "Run example" round trip to the worker has got to. */
export type ExampleStatus =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'ready' }
  | { kind: 'sampled'; seed: number; values: number[] }
  | { kind: 'failed'; message: string };

export function describeStatus(status: ExampleStatus): string {
  switch (status.kind) {
    case 'idle':
      return 'The engine starts when you run the example.';
    case 'starting':
      return 'Starting the engine…';
    case 'ready':
      return 'Engine ready';
    case 'sampled':
      return `Engine ready. Seed ${status.seed} drew ${status.values.join(', ')}.`;
    case 'failed':
      return `The engine failed: ${status.message}`;
  }
}
