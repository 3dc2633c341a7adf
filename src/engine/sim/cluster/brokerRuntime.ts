// One broker of the running cluster: its process, its registration with the controller, and its bandwidth.
import type { ProducerBroker } from '../../kafka/producer/producerCluster';
import type { BrokerConfig } from '../../model/schema';
import { Bandwidth } from './bandwidth';

/** broker.heartbeat.interval.ms: how often a broker heartbeats to the controller (Kafka's default). */
export const BROKER_HEARTBEAT_INTERVAL_MS = 2000;

/** The samples a windowed rate spans (capacity/thresholds.ts CAPACITY_WINDOW_MS at the 1 s sample interval). */
export const WINDOW_SAMPLES = 10;

/** Bytes per MB in the design's bandwidth figures. */
export const BYTES_PER_MB = 1_000_000;

/**
 * up: running and registered; stopped: the process is down, not yet fenced; fenced: down and fenced; isolated:
 * running, cut off from the controller and the other brokers, not yet fenced; isolated-fenced: the same, fenced.
 */
export type BrokerStatus = 'up' | 'stopped' | 'fenced' | 'isolated' | 'isolated-fenced';

export class BrokerRuntime implements ProducerBroker {
  /** The process runs. */
  alive = true;
  /** The controller fenced the broker (its session lapsed or it shut down). */
  fenced = false;
  /** When the process last started, for its heartbeat schedule. */
  startedMs: number;
  /** When the controller fences this stopped broker (its last heartbeat + broker.session.timeout.ms). */
  fenceAtMs = Infinity;
  /** Cut off from the controller and the other brokers (a broker-isolate fault); clients still reach it. */
  isolated = false;
  /** When it was cut off: its last heartbeat reached the controller before this. */
  private isolatedAtMs = Infinity;
  /** The network cap of a broker-throttle fault, MB/s; null when none. */
  throttledMBps: number | null = null;
  readonly networkIn = new Bandwidth();
  readonly networkOut = new Bandwidth();
  readonly disk = new Bandwidth();
  /** Measured over the last metrics sample, bytes/s. */
  networkInPerSec = 0;
  networkOutPerSec = 0;
  diskPerSec = 0;
  /** The links' carried bytes at each of the last samples (a ring), for rates over a window of samples. */
  private readonly carriedRing = new Float64Array(3 * (WINDOW_SAMPLES + 1));
  private samples = 0;

  constructor(
    public config: BrokerConfig,
    nowMs: number,
  ) {
    this.startedMs = nowMs;
    this.applyRates();
  }

  get id(): number {
    return this.config.id;
  }

  get status(): BrokerStatus {
    if (this.alive && this.isolated) return this.fenced ? 'isolated-fenced' : 'isolated';
    if (this.alive) return 'up';
    return this.fenced ? 'fenced' : 'stopped';
  }

  /** broker.rack. */
  get rack(): string | null {
    return this.config.rack;
  }

  applyConfig(config: BrokerConfig): void {
    this.config = config;
    this.applyRates();
  }

  throttle(networkMBps: number | null): void {
    this.throttledMBps = networkMBps;
    this.applyRates();
  }

  /**
   * The process stops. Its heartbeats stop with it: the controller fences it broker.session.timeout.ms after the
   * last heartbeat it received (heartbeats go every broker.heartbeat.interval.ms from the start of the process).
   */
  stop(nowMs: number, sessionTimeoutMs: number): void {
    if (!this.alive) return;
    this.alive = false;
    this.fenceAtMs = this.lastHeartbeatMs(nowMs) + sessionTimeoutMs;
  }

  start(nowMs: number): void {
    this.alive = true;
    this.fenced = false;
    this.fenceAtMs = Infinity;
    this.startedMs = nowMs;
    this.isolated = false;
    this.isolatedAtMs = Infinity;
  }

  /**
   * Cut off from the controller: its heartbeats stop reaching it, so it is fenced broker.session.timeout.ms after the
   * last one that did (BrokerHeartbeatManager.hasValidSession). Returns false when it is down or already cut off.
   */
  isolate(nowMs: number, sessionTimeoutMs: number): boolean {
    if (!this.alive || this.isolated) return false;
    this.fenceAtMs = this.lastHeartbeatMs(nowMs) + sessionTimeoutMs;
    this.isolated = true;
    this.isolatedAtMs = nowMs;
    return true;
  }

  /**
   * Reachable again. A running broker heartbeats at once and is unfenced (it never stopped, so it keeps its
   * registration); a stopped one stays as it is until it restarts. Returns false when it was not cut off.
   */
  reconnect(nowMs: number): boolean {
    if (!this.isolated) return false;
    this.isolated = false;
    this.isolatedAtMs = Infinity;
    if (this.alive) {
      this.fenced = false;
      this.fenceAtMs = Infinity;
      this.startedMs = nowMs;
    }
    return true;
  }

  /** The last heartbeat the controller received by `nowMs` (every broker.heartbeat.interval.ms from the start). */
  private lastHeartbeatMs(nowMs: number): number {
    const until = nowMs < this.isolatedAtMs ? nowMs : this.isolatedAtMs;
    const sinceStart = until - this.startedMs;
    return (
      this.startedMs + Math.floor(sinceStart / BROKER_HEARTBEAT_INTERVAL_MS) * BROKER_HEARTBEAT_INTERVAL_MS
    );
  }

  /** Adds one tick's worth of bandwidth. */
  refill(tickMs: number): void {
    this.networkIn.refill(tickMs);
    this.networkOut.refill(tickMs);
    this.disk.refill(tickMs);
  }

  /** `ticks` idle ticks' worth of bandwidth, as that many calls of `refill` would add. */
  refillTicks(tickMs: number, ticks: number): void {
    this.networkIn.refillTicks(tickMs, ticks);
    this.networkOut.refillTicks(tickMs, ticks);
    this.disk.refillTicks(tickMs, ticks);
  }

  /** Closes a metrics sample of `intervalMs`. */
  sample(intervalMs: number): void {
    this.networkInPerSec = (this.networkIn.takeMoved() * 1000) / intervalMs;
    this.networkOutPerSec = (this.networkOut.takeMoved() * 1000) / intervalMs;
    this.diskPerSec = (this.disk.takeMoved() * 1000) / intervalMs;
    const at = 3 * (this.samples % (WINDOW_SAMPLES + 1));
    this.carriedRing[at] = this.networkIn.carried;
    this.carriedRing[at + 1] = this.networkOut.carried;
    this.carriedRing[at + 2] = this.disk.carried;
    this.samples++;
  }

  /**
   * Bytes/s over the last `WINDOW_SAMPLES` samples (fewer at the start) of network in (0), network out (1) or disk
   * (2); the last sample's rate before two samples exist.
   */
  windowRate(link: 0 | 1 | 2, intervalMs: number): number {
    const n = this.samples;
    if (n < 2)
      return link === 0 ? this.networkInPerSec : link === 1 ? this.networkOutPerSec : this.diskPerSec;
    const span = Math.min(n - 1, WINDOW_SAMPLES);
    const newest = 3 * ((n - 1) % (WINDOW_SAMPLES + 1)) + link;
    const oldest = 3 * ((n - 1 - span) % (WINDOW_SAMPLES + 1)) + link;
    return ((this.carriedRing[newest]! - this.carriedRing[oldest]!) * 1000) / (span * intervalMs);
  }

  private applyRates(): void {
    const cap = this.throttledMBps;
    const c = this.config;
    this.networkIn.setRate((cap !== null && cap < c.networkInMBps ? cap : c.networkInMBps) * BYTES_PER_MB);
    this.networkOut.setRate((cap !== null && cap < c.networkOutMBps ? cap : c.networkOutMBps) * BYTES_PER_MB);
    this.disk.setRate(c.diskMBps * BYTES_PER_MB);
  }
}
