/**
 * What the page and the simulation worker say to each other. Both sides check the version in the
 * hello/ready handshake, so a page and a worker from different builds fail loudly instead of
 * misreading each other's messages.
 */
import type { SimEvent, SimulationReport } from '../engine';

export const PROTOCOL_VERSION = 2;

/** The play speed is a multiple of wall-clock time: 10 means ten simulated seconds per real second. */
export const MIN_SPEED = 0.1;
export const MAX_SPEED = 100;

/** The charts' data: a bounded window of samples, one per simulated second. */
export interface ChartSeries {
  timeMs: number[];
  /** Records/s into and out of (summed over groups) each topic. */
  topics: { name: string; produced: number[]; consumed: number[] }[];
  /** Total lag per group, by node id. */
  groups: { node: string; groupId: string; lag: number[] }[];
  /** Lag per partition of one group (the selected one), when asked for. */
  partitionLag: { node: string; partitions: { label: string; lag: number[] }[] } | null;
}

/** Messages the page sends to the worker. */
export type ToWorker =
  | { type: 'hello'; protocolVersion: number }
  /** Replaces the running simulation, unless the document is refused (then the old one runs on). */
  | { type: 'load'; document: unknown; seed: number }
  | { type: 'play' }
  | { type: 'pause' }
  /** Advances simulated time by `ms` at once, playing or not. */
  | { type: 'step'; ms: number }
  | { type: 'speed'; factor: number };

/** Messages the worker sends to the page. */
export type FromWorker =
  | { type: 'ready'; protocolVersion: number }
  /** Sent once per document: its name and each node's name by id, so reports can stay id-based. */
  | { type: 'loaded'; name: string; nodeNames: Record<string, string> }
  /** The document was refused for these reasons; the previous simulation, if any, keeps running. */
  | { type: 'invalid'; errors: string[] }
  | { type: 'report'; report: SimulationReport; events: SimEvent[]; running: boolean; speed: number }
  | { type: 'error'; message: string };
