// The page side of the batch worker: starts one worker per sweep or compare, writes its progress and result into
// the store's batch slice, and terminates it when the batch ends or the person cancels (a running simulation
// cannot be interrupted between chunks from outside, and a terminated worker frees everything it held).
import type { PipelineDocument, SweepInput } from '../engine';
import type { FromBatch, ToBatch } from '../protocol/batchMessages';
import type { BatchState } from '../store/batchSlice';
import type { FranzStore } from '../store/store';
import type { BatchActions, BatchRunSettings } from '../ui/batchActions';
import type { SpawnBatchWorker, BatchPort } from './workerPort';

export class BatchBridge implements BatchActions {
  private port: BatchPort | null = null;

  constructor(
    private readonly store: FranzStore,
    private readonly spawn: SpawnBatchWorker,
  ) {}

  sweep(setting: { path: string; label: string }, inputs: SweepInput[], run: BatchRunSettings): void {
    this.start(
      { type: 'sweep', inputs, ...run },
      { kind: 'sweep', setting: setting.path, settingLabel: setting.label },
    );
  }

  compare(a: PipelineDocument, b: PipelineDocument, run: BatchRunSettings): void {
    this.start({ type: 'compare', a, b, ...run }, { kind: 'compare' });
  }

  cancel(): void {
    if (!this.port) return;
    this.stop();
    this.store.getState().patchBatch({ status: 'cancelled' });
  }

  private start(message: ToBatch, what: Pick<BatchState, 'kind' | 'setting' | 'settingLabel'>): void {
    this.stop();
    const state = this.store.getState();
    state.setBatch({
      ...what,
      status: 'running',
      progress: null,
      seed: message.seed,
      durationMs: message.durationMs,
    });
    const port = this.spawn({
      onMessage: (m) => {
        if (this.port === port) this.receive(m);
      },
      onError: (error) => {
        if (this.port !== port) return;
        this.stop();
        this.store.getState().patchBatch({ status: 'failed', error });
      },
    });
    this.port = port;
    port.send(message);
  }

  private receive(message: FromBatch): void {
    const state = this.store.getState();
    switch (message.type) {
      case 'progress': {
        const { type: _, ...progress } = message;
        state.patchBatch({ progress });
        return;
      }
      case 'sweep':
        this.stop();
        state.patchBatch({ status: 'done', rows: message.rows });
        return;
      case 'compare':
        this.stop();
        state.patchBatch({ status: 'done', compare: message.result });
        return;
      case 'error':
        this.stop();
        state.patchBatch({ status: 'failed', error: message.message });
    }
  }

  private stop(): void {
    this.port?.terminate();
    this.port = null;
  }
}
