import type { SimEvent, SimulationReport } from '../engine';
import { PROTOCOL_VERSION, type FromWorker } from '../protocol/messages';
import type { SpawnWorker, WorkerPort } from './workerPort';

/** What the page knows about the simulation: replaced, never mutated, on every change. */
export interface SimView {
  /** idle: nothing run yet; live: a worker is answering; stopped: the worker died. */
  status: 'idle' | 'live' | 'stopped';
  design: { name: string; nodeNames: Record<string, string> } | null;
  report: SimulationReport | null;
  events: SimEvent[];
  /** Whether the worker is playing, as it last confirmed. */
  running: boolean;
  /** The speed the page asked for: the select shows the choice at once, not a report later. */
  speed: number;
  /** Why the last document was refused; the simulation before it runs on. */
  invalid: string[] | null;
  error: string | null;
  /** Set after a restart, so the page can say the run started again from 00:00. */
  restarted: boolean;
}

export const initialView: SimView = {
  status: 'idle',
  design: null,
  report: null,
  events: [],
  running: false,
  speed: 1,
  invalid: null,
  error: null,
  restarted: false,
};

interface Run {
  document: unknown;
  seed: number;
}

/**
 * The page side of the simulation worker: starts it, sends commands, keeps the latest view for React,
 * and restarts a dead worker from the same design, seed, speed and play state.
 */
export class SimBridge {
  private port: WorkerPort | null = null;
  private view: SimView = initialView;
  private readonly listeners = new Set<() => void>();
  private current: Run | null = null;
  private wantSpeed = 1;
  private wantPlaying = false;

  constructor(private readonly spawn: SpawnWorker) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SimView => this.view;

  /** Loads a design (replacing the running one) and sets it going at `speed`, playing or paused. */
  run(document: unknown, seed: number, { speed, play }: { speed: number; play: boolean }): void {
    this.current = { document, seed };
    this.wantSpeed = speed;
    this.wantPlaying = play;
    this.update({ speed, invalid: null, error: null, restarted: false });
    if (!this.port) this.start();
    else this.sendRun();
  }

  play(): void {
    this.wantPlaying = true;
    this.port?.send({ type: 'play' });
  }

  pause(): void {
    this.wantPlaying = false;
    this.port?.send({ type: 'pause' });
  }

  step(ms: number): void {
    this.port?.send({ type: 'step', ms });
  }

  setSpeed(factor: number): void {
    this.wantSpeed = factor;
    this.update({ speed: factor });
    this.port?.send({ type: 'speed', factor });
  }

  /** A fresh worker running the same design from the start; the dead worker's figures are dropped. */
  restart(): void {
    this.port?.terminate();
    this.port = null;
    this.update({ restarted: true, error: null, report: null, events: [], running: false });
    this.start();
  }

  dispose(): void {
    this.port?.terminate();
    this.port = null;
  }

  private start(): void {
    const port = this.spawn({
      onMessage: (message) => {
        if (this.port === port) this.receive(message);
      },
      onError: (message) => {
        if (this.port !== port) return;
        port.terminate();
        this.port = null;
        this.update({ status: 'stopped', running: false, error: message });
      },
    });
    this.port = port;
    this.update({ status: 'live' });
    // The worker handles messages in order, so the run can follow the hello without waiting for ready.
    port.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
    this.sendRun();
  }

  private sendRun(): void {
    const port = this.port;
    if (!port || !this.current) return;
    port.send({ type: 'load', document: this.current.document, seed: this.current.seed });
    port.send({ type: 'speed', factor: this.wantSpeed });
    port.send({ type: this.wantPlaying ? 'play' : 'pause' });
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        if (message.protocolVersion !== PROTOCOL_VERSION)
          this.update({
            error: `the worker speaks protocol ${message.protocolVersion}, the page ${PROTOCOL_VERSION}`,
          });
        return;
      case 'loaded':
        return this.update({ design: { name: message.name, nodeNames: message.nodeNames }, invalid: null });
      case 'invalid':
        return this.update({ invalid: message.errors });
      case 'report':
        return this.update({
          report: message.report,
          events: message.events,
          running: message.running,
        });
      case 'error':
        return this.update({ error: message.message });
    }
  }

  private update(patch: Partial<SimView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}
