/**
 * What the page and the simulation worker say to each other. Both sides check the version in the
 * hello/ready handshake, so a page and a worker from different builds fail loudly instead of
 * misreading each other's messages. Every message, the handshake's order and the snapshot buffers' round
 * trip are in docs/architecture.md ("The worker protocol"): a change here raises PROTOCOL_VERSION and is
 * described there too.
 */
import type {
  ChartSeries,
  FaultAction,
  PipelineDocument,
  RecordPage,
  RecordQuery,
  Refusal,
  SimEvent,
  SimulationMode,
  SimulationReport,
  SnapshotLayout,
} from '../engine';
import type { TopicDigest, ViewNeed } from './viewNeed';

export const PROTOCOL_VERSION = 12;

/** The play speed is a multiple of wall-clock time: 10 means ten simulated seconds per real second. */
export const MIN_SPEED = 0.1;
/** An hour a second: the fluid mode's top speed (a day in 24 s). */
export const MAX_SPEED = 3600;
/** The per-record mode's top speed: faster asks for the fluid mode (the worker switches and says so). */
export const MAX_RECORD_SPEED = 100;

/** The charts' data (`series` message), built in the engine beside the metrics it reads. */
export type { ChartSeries, DeliverySeries } from '../engine';

export type ConsumerAction = 'add' | 'remove' | 'crash';

/** Messages the page sends to the worker. */
export type ToWorker =
  | { type: 'hello'; protocolVersion: number }
  /**
   * Replaces the running simulation, unless the document is refused (then the old one runs on). The page sends
   * only documents that passed the engine's `parseDocument`; the worker does not run the schema again.
   */
  | { type: 'load'; document: PipelineDocument; seed: number }
  /** The design changed: applied to the running simulation where Kafka allows it, without a restart. */
  | { type: 'update'; document: PipelineDocument }
  /** A new simulation of the current design and seed, from time zero. */
  | { type: 'reset' }
  /** A reset with a new seed. */
  | { type: 'seed'; seed: number }
  | { type: 'play' }
  | { type: 'pause' }
  /** Advances simulated time by `ms` at once, playing or not. */
  | { type: 'step'; ms: number }
  /** Above MAX_RECORD_SPEED in the per-record mode, the worker first switches to the fluid mode (a restart). */
  | { type: 'speed'; factor: number }
  /**
   * Runs the design again from time zero in this mode ('record': every record; 'fluid': flows as rates). A design
   * the fluid mode cannot run (fluidRefusal) is refused with the reason, and the run goes on as it was.
   */
  | { type: 'mode'; mode: SimulationMode }
  /** Starts, closes or kills one consumer of a sink or processor node: `clientId`'s, or the newest. */
  | { type: 'consumer'; node: string; action: ConsumerAction; clientId?: string }
  /** Injects a fault now (kill or restart a broker, throttle it, pause a source...): see the document's fault schedule. */
  | { type: 'fault'; fault: FaultAction }
  /** Which group's partition lag the series carry; null for none. */
  | { type: 'chartGroup'; node: string | null }
  /**
   * Whether the Capacity view is open: only then do reports carry `capacity` (it costs work), with the brokers the
   * person takes down in its what-if (`capacity.whatIf`; empty for none).
   */
  | { type: 'capacity'; open: boolean; down: number[] }
  /**
   * What the page shows (protocol/viewNeed.ts), whenever it changes: the reports after it carry per-partition
   * detail only for that (worker/viewReport.ts), and one is sent at once. Until the first, reports are whole.
   */
  | ({ type: 'view' } & ViewNeed)
  /**
   * One partition's records (the record inspector): the worker answers with a `records` message at once. The page
   * asks again while the inspector is open (at most once a second) and stops when it closes.
   */
  | { type: 'records'; query: RecordQuery }
  /** Snapshot buffers the page is done with (a few at a time, transferred), for the worker to fill again. */
  | { type: 'recycle'; buffers: Float64Array[] };

/** Messages the worker sends to the page. */
export type FromWorker =
  | { type: 'ready'; protocolVersion: number }
  /** About once a second of wall time, playing or paused: a worker silent for long is hung (watchdog.ts). */
  | { type: 'alive' }
  /** Sent once per document: its name and each node's name by id, so reports can stay id-based. */
  | { type: 'loaded'; name: string; nodeNames: Record<string, string> }
  /** The document was refused for these reasons; the previous simulation, if any, keeps running. */
  | { type: 'invalid'; errors: string[] }
  /**
   * After every update, and empty after every (re)start: the changes of the design the running
   * simulation does not run, as Kafka would not take them live; they apply on Reset.
   */
  | { type: 'refused'; refusals: Refusal[] }
  /** Which snapshot index is which; sent whenever the topology changes, always before its snapshots. */
  | { type: 'layout'; layout: SnapshotLayout }
  /** The mode the simulation runs in, whenever it changes (and once after the first load). */
  | { type: 'mode'; mode: SimulationMode }
  /** The flat state (see the engine's snapshot.ts), transferred; index 0 is the simulated time. */
  | { type: 'snapshot'; buffer: Float64Array }
  | { type: 'series'; series: ChartSeries }
  | {
      type: 'report';
      /**
       * Trimmed to the page's last `view` message (worker/viewReport.ts): unless `whole`, a topic outside its
       * detail has no `partitions`, and a group has committed offsets only for topics in detail and no
       * partitionStatus; the digests sum up every topic.
       */
      report: SimulationReport;
      whole: boolean;
      digests: Record<string, TopicDigest>;
      events: SimEvent[];
      running: boolean;
      speed: number;
      /** Simulated ms per wall ms over the last 3 s of play; null while paused or still measuring. */
      achievedSpeed: number | null;
      /** Below 90% of `speed` over a whole window, until back at 95%: the machine cannot keep up. */
      fallingBehind: boolean;
    }
  /** The answer to a `records` request, with the query it answers; `page` null: no such partition, or no design. */
  | { type: 'records'; query: RecordQuery; page: RecordPage | null }
  /** Something the person should know about the design before it runs (it is large: slower than real time). */
  | { type: 'notice'; text: string }
  /** `paused`: the engine failed and the worker stopped playing (the page's Play state must follow). */
  | { type: 'error'; message: string; paused?: boolean };
