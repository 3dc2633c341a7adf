// What the page knows of the running simulation, written by the worker bridge only.
import type { StateCreator } from 'zustand';
import type {
  RecordPage,
  RecordQuery,
  Refusal,
  SimEvent,
  SimulationMode,
  SimulationReport,
  SnapshotLayout,
} from '../engine';
import type { ChartSeries } from '../protocol/messages';
import type { TopicDigest } from '../protocol/viewNeed';
import { SnapshotFeed } from './snapshotFeed';
import type { FranzState } from './store';

export interface SimState {
  /** idle: not started; live: a worker answers; stopped: the worker died (the bridge restarts it). */
  status: 'idle' | 'live' | 'stopped';
  /** Whether it plays: as the person last asked, shown at once; false after the engine failed. */
  running: boolean;
  speed: number;
  /** 'record' (every record) or 'fluid' (flows as rates): as the worker last said it runs. */
  mode: SimulationMode;
  /** The speed the worker achieves while playing, when it falls short of `speed` (else null). */
  behindAt: number | null;
  seed: number;
  report: SimulationReport | null;
  /**
   * The report carries every partition (the Cluster and Capacity views); else it is trimmed to the topics whose
   * lanes are drawn (src/protocol/viewNeed.ts) and `digests` sum up every topic.
   */
  whole: boolean;
  /** By topic name (read with ownValue), from the same report message. */
  digests: Record<string, TopicDigest>;
  events: SimEvent[];
  /** What names the flat snapshot's indexes (sent once per layout by the worker, src/protocol/messages.ts); the snapshots are in `snapshots`. */
  layout: SnapshotLayout | null;
  series: ChartSeries | null;
  /** Changes of the design the running simulation does not run (Kafka would refuse them live): they apply on Reset. */
  refused: Refusal[];
  /** Why the worker refused the last design it was sent (the previous one runs on); null when it took it. */
  invalid: string[] | null;
  error: string | null;
  /** The worker's last answer to a records request (the record inspector), with the query it answers. */
  records: { query: RecordQuery; page: RecordPage | null } | null;
}

export interface SimSlice {
  sim: SimState;
  /** The newest snapshot, outside `sim` so twenty a second do not touch the store (snapshotFeed.ts). */
  snapshots: SnapshotFeed;
  setSim(patch: Partial<SimState>): void;
}

export const initialSim: SimState = {
  status: 'idle',
  running: false,
  speed: 1,
  mode: 'record',
  behindAt: null,
  seed: 1,
  report: null,
  whole: true,
  digests: {},
  events: [],
  layout: null,
  series: null,
  refused: [],
  invalid: null,
  error: null,
  records: null,
};

export const createSimSlice: StateCreator<FranzState, [], [], SimSlice> = (set, get) => ({
  sim: initialSim,
  snapshots: new SnapshotFeed(),
  setSim: (patch) => set({ sim: { ...get().sim, ...patch } }),
});
