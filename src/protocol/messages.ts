/**
 * What the page and the simulation worker say to each other. Both sides check the version in the
 * hello/ready handshake, so a page and a worker from different builds fail loudly instead of
 * misreading each other's messages.
 */
export const PROTOCOL_VERSION = 1;

/** Messages the page sends to the worker. */
export type ToWorker =
  | { type: 'hello'; protocolVersion: number }
  /** Placeholder until the engine's simulation API lands: draw `count` numbers from a seeded Rng. */
  | { type: 'sampleRng'; seed: number; count: number };

/** Messages the worker sends to the page. */
export type FromWorker =
  | { type: 'ready'; protocolVersion: number }
  | { type: 'rngSample'; seed: number; values: number[] }
  | { type: 'error'; message: string };
