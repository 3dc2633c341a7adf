import type { FaultAction, PipelineDocument, RecordQuery, SimulationMode } from '../engine';
import { realClock, type Clock } from '../protocol/clock';
import {
  MAX_RECORD_SPEED,
  MAX_SPEED,
  MIN_SPEED,
  PROTOCOL_VERSION,
  type ConsumerAction,
  type FromWorker,
  type ToWorker,
} from '../protocol/messages';
import type { SimState } from '../store/simSlice';
import type { FranzState, FranzStore } from '../store/store';
import { detailTopics } from './detailTopics';
import { DocumentSync } from './documentSync';
import { refusalNotice } from './refusalNotice';
import { RestartBudget, WINDOW_MS } from './restartBudget';
import { SnapshotCost } from './snapshotCost';
import { SnapshotHolder } from './snapshotHolder';
import { Watchdog } from './watchdog';
import type { SpawnWorker, WorkerPort } from './workerPort';

/** Simulated time one Step adds when the caller does not say. */
export const STEP_MS = 1000;

/** Without a full stop of its own, so the notice reads as one sentence. */
const clause = (text: string) => text.replace(/[.\s]+$/, '');

/** Reports carry the Capacity answer only while its view is open; with the what-if's brokers taken down. */
const capacityMessage = (state: FranzState): ToWorker => ({
  type: 'capacity',
  open: state.view === 'capacity',
  down: state.capacityDown,
});

/** What the page shows, so the worker's reports carry only that (src/protocol/viewNeed.ts). */
const viewMessage = (state: FranzState): ToWorker => ({
  type: 'view',
  view: state.view,
  topics: detailTopics(state.doc, state.laneTopics, state.selection),
  ...(state.lesson && { whole: true }),
});

/** The topics the selection reads beyond the lanes, as one string to compare. */
const selectedReads = (state: FranzState): string => detailTopics(state.doc, [], state.selection).join('\n');

/**
 * The page side of the simulation worker. It writes everything the worker says into the store, sends
 * the store's design whenever it changes, carries out the SimActions, and restarts a worker that dies
 * (or stops answering: see watchdog.ts) from the design as it is now, with the same seed, speed and play state.
 */
export class WorkerBridge {
  private port: WorkerPort | null = null;
  private wantPlaying = false;
  private readonly sync: DocumentSync;
  private readonly snapshots = new SnapshotHolder();
  private readonly cost: SnapshotCost;
  private readonly budget = new RestartBudget();
  private readonly watchdog: Watchdog;
  /** The design running when the worker last stopped answering, and when: a second hang on it blames it. */
  private lastHang: { doc: PipelineDocument; at: number } | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: FranzStore,
    private readonly spawn: SpawnWorker,
    private readonly clock: Clock = realClock,
  ) {
    this.cost = new SnapshotCost(clock === realClock);
    this.watchdog = new Watchdog(clock, () => this.hung());
    this.sync = new DocumentSync(
      store,
      { update: (doc) => this.sendUpdate(doc), replace: () => this.load() },
      clock,
    );
    this.unsubscribe = store.subscribe((state, prev) => {
      if (state.doc !== prev.doc) this.sync.changed();
      if (state.chartGroup !== prev.chartGroup)
        this.port?.send({ type: 'chartGroup', node: state.chartGroup });
      // Before the capacity message, so the report that answers it is already whole.
      if (
        state.view !== prev.view ||
        state.laneTopics !== prev.laneTopics ||
        (state.lesson === null) !== (prev.lesson === null) ||
        // A sink or processor selected: its inspector shows its topics' lags per partition.
        (state.selection !== prev.selection && selectedReads(state) !== selectedReads(prev))
      )
        this.port?.send(viewMessage(state));
      if (
        (state.view === 'capacity') !== (prev.view === 'capacity') ||
        state.capacityDown !== prev.capacityDown
      )
        this.port?.send(capacityMessage(state));
    });
  }

  /** Starts the worker on the store's design, seed and speed; playing or paused. */
  start({ play }: { play: boolean }): void {
    this.wantPlaying = play;
    this.spawnWorker();
  }

  /** Play and Pause show at once: the worker does as it is told, unless the engine fails (see receive). */
  readonly play = (): void => this.command(() => this.setPlaying(true));

  readonly pause = (): void => this.command(() => this.setPlaying(false));

  readonly step = (ms: number = STEP_MS): void => this.command(() => this.port?.send({ type: 'step', ms }));

  readonly reset = (): void => this.command(() => this.port?.send({ type: 'reset' }));

  readonly setSpeed = (factor: number): void => {
    if (!(factor >= MIN_SPEED && factor <= MAX_SPEED)) return;
    this.setSim({ speed: factor });
    this.port?.send({ type: 'speed', factor });
  };

  /** A new run in `mode`, once the worker says it runs (the `mode` message). */
  readonly setMode = (mode: SimulationMode): void =>
    this.command(() => this.port?.send({ type: 'mode', mode }));

  readonly setSeed = (seed: number): void => {
    if (!Number.isSafeInteger(seed)) return;
    this.setSim({ seed });
    this.command(() => this.port?.send({ type: 'seed', seed }));
  };

  readonly consumer = (node: string, action: ConsumerAction, clientId?: string): void =>
    this.command(() =>
      this.port?.send(
        clientId === undefined
          ? { type: 'consumer', node, action }
          : { type: 'consumer', node, action, clientId },
      ),
    );

  readonly injectFault = (fault: FaultAction): void =>
    this.command(() => this.port?.send({ type: 'fault', fault }));

  /** One partition's records; the worker's answer goes into the store as `sim.records`. */
  readonly requestRecords = (query: RecordQuery): void => this.port?.send({ type: 'records', query });

  /** A fresh worker from the design as it is now; the person asked, so the restart budget starts over. */
  readonly restart = (): void => {
    this.budget.reset();
    this.lastHang = null;
    this.spawnWorker();
  };

  dispose(): void {
    this.unsubscribe();
    this.sync.cancel();
    this.watchdog.stop();
    this.port?.terminate();
    this.port = null;
  }

  /** Pending design changes go first, so Step or Reset act on what the person sees. */
  private command(send: () => void): void {
    this.sync.flush();
    send();
  }

  private setPlaying(playing: boolean): void {
    this.wantPlaying = playing;
    this.setSim({ running: playing });
    this.port?.send({ type: playing ? 'play' : 'pause' });
  }

  private spawnWorker(): void {
    this.port?.terminate();
    const port = this.spawn({
      onMessage: (message) => {
        if (this.port !== port) return;
        this.watchdog.heard();
        this.receive(message);
      },
      onError: (message) => {
        if (this.port === port) this.died(message);
      },
    });
    this.port = port;
    this.watchdog.start();
    this.snapshots.clear();
    this.setSim({ status: 'live', running: this.wantPlaying, error: null, invalid: null, refused: [] });
    // The worker handles messages in order, so the rest can follow the hello without waiting for ready.
    port.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    // The mode before the design, so the first run is already in it.
    port.send({ type: 'mode', mode: this.store.getState().sim.mode });
    // What the page shows, so the first report is already trimmed to it.
    port.send(viewMessage(this.store.getState()));
    this.load();
    const state = this.store.getState();
    port.send({ type: 'speed', factor: state.sim.speed });
    port.send({ type: 'chartGroup', node: state.chartGroup });
    port.send(capacityMessage(state));
    port.send({ type: this.wantPlaying ? 'play' : 'pause' });
  }

  /** A new simulation of the store's design from time zero (start, restart, a replaced design). */
  private load(): void {
    const { doc, sim } = this.store.getState();
    this.sync.loaded();
    this.port?.send({ type: 'load', document: doc, seed: sim.seed });
  }

  private sendUpdate(doc: PipelineDocument): void {
    this.port?.send({ type: 'update', document: doc });
  }

  private died(message: string): void {
    this.stopWorker();
    this.setSim({ status: 'stopped', running: false, error: message });
    const { notify } = this.store.getState();
    if (!this.budget.take(this.clock.now())) {
      notify(
        'error',
        `The simulation worker stopped again: ${clause(message)}. Press Restart to try once more.`,
      );
      return;
    }
    notify('error', `The simulation worker stopped: ${clause(message)}. Restarting it from your design.`);
    this.spawnWorker();
  }

  /**
   * Silent for SILENCE_LIMIT_MS: hung in a loop, or gone without an error event. Restarted like a crash,
   * within the same budget; hanging again on the very same design names the design as the likely cause.
   */
  private hung(): void {
    const now = this.clock.now();
    const { doc, notify } = this.store.getState();
    const again = this.lastHang !== null && this.lastHang.doc === doc && now - this.lastHang.at < WINDOW_MS;
    this.lastHang = { doc, at: now };
    this.stopWorker();
    this.setSim({ status: 'stopped', running: false, error: 'the simulation stopped answering' });
    if (again || !this.budget.take(now)) {
      notify(
        'error',
        'The simulation stopped answering again with this design, so the design is the likely cause. Change it, or press Restart to try once more.',
      );
      return;
    }
    notify('error', 'The simulation stopped answering and was restarted.');
    this.spawnWorker();
  }

  private stopWorker(): void {
    this.watchdog.stop();
    this.port?.terminate();
    this.port = null;
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'alive':
        return;
      case 'snapshot':
        return this.receiveSnapshot(message.buffer);
      case 'report':
        // Not its `running`: a report sent before the worker read the latest Play or Pause would undo it.
        return this.setSim({
          report: message.report,
          whole: message.whole,
          digests: message.digests,
          events: message.events,
          behindAt: message.fallingBehind ? message.achievedSpeed : null,
        });
      case 'series':
        return this.setSim({ series: message.series });
      case 'layout':
        return this.setSim({ layout: message.layout });
      case 'mode': {
        // The per-record mode goes no faster than MAX_RECORD_SPEED: the worker slowed down, whoever asked for it.
        const { speed } = this.store.getState().sim;
        return this.setSim({
          mode: message.mode,
          speed: message.mode === 'record' && speed > MAX_RECORD_SPEED ? MAX_RECORD_SPEED : speed,
        });
      }
      case 'refused': {
        const { sim, doc, notify } = this.store.getState();
        const notice = refusalNotice(sim.refused, message.refusals, doc);
        this.setSim({ refused: message.refusals, invalid: null });
        // Never silent: told where the person looks now, and kept beside the field in the topic's inspector.
        if (notice) notify('warning', notice);
        return;
      }
      case 'invalid':
        this.setSim({ invalid: message.errors });
        return this.notify(`The simulation cannot run this design: ${message.errors.slice(0, 3).join('; ')}`);
      case 'notice':
        return this.store.getState().notify('warning', message.text);
      case 'error':
        if (message.paused) this.wantPlaying = false;
        this.setSim(message.paused ? { error: message.message, running: false } : { error: message.message });
        return this.notify(`The simulation reported a problem: ${message.message}`);
      case 'ready':
        if (message.protocolVersion !== PROTOCOL_VERSION)
          this.notify(`The worker speaks protocol ${message.protocolVersion}, the page ${PROTOCOL_VERSION}`);
        return;
      case 'records':
        return this.setSim({ records: { query: message.query, page: message.page } });
      case 'loaded':
        return;
    }
  }

  /**
   * The hot path, about twenty times a second: measured for the benchmark. Not through setSim, which
   * would run every selector on the page; the feed tells only the snapshot's own readers.
   */
  private receiveSnapshot(buffer: Float64Array): void {
    const started = this.clock.now();
    this.store.getState().snapshots.publish(buffer);
    const spent = this.snapshots.hold(buffer);
    if (spent)
      this.port?.send(
        { type: 'recycle', buffers: spent },
        spent.map((b) => b.buffer as ArrayBuffer),
      );
    this.cost.record(this.clock.now() - started);
  }

  private setSim(patch: Partial<SimState>): void {
    this.store.getState().setSim(patch);
  }

  private notify(text: string): void {
    this.store.getState().notify('error', text);
  }
}
