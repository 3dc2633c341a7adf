// A producer's view of one broker: NetworkClient's connection to it (ClusterConnectionStates, reconnect.backoff.ms),
// the produce requests in flight on that connection (InFlightRequests), and RecordAccumulator.NodeLatencyStats.
import type { ProducerBroker } from './producerCluster';
import { retryBackoffMs } from './retryBackoff';

/** reconnect.backoff.ms and reconnect.backoff.max.ms (CommonClientConfigs defaults, Kafka 4.x). */
export const RECONNECT_BACKOFF_MS = 50;
export const RECONNECT_BACKOFF_MAX_MS = 1000;

/** One produce request awaiting its answer (acks=all): it leaves the connection when its last batch is answered. */
export class ProduceRequest {
  node: ProducerNode | null = null;
  /** Batches of the request not yet answered. */
  pending = 0;
  /** When the Sender sent it, for request-latency-avg. */
  sentMs = 0;
}

export class ProducerNode {
  /** ClusterConnectionStates.NodeConnectionState: READY or DISCONNECTED (connecting takes no simulated time). */
  private connected = false;
  /** The broker process the connection was made to (a restart closes every connection to the old one). */
  private connectedToStartMs = -1;
  private lastConnectAttemptMs = -Infinity;
  private reconnectBackoffMs = 0;
  private failedAttempts = 0;
  /** InFlightRequests.count(node): requests sent and not yet answered. */
  inFlightRequests = 0;
  /** NodeLatencyStats, created on the first ready() pass that finds data for this node (when the timeout is on). */
  hasLatencyStats = false;
  readyTimeMs = 0;
  drainTimeMs = 0;
  /** RecordAccumulator.nodesDrainIndex: where the next drain of this node starts, so no partition starves. */
  drainIndex = 0;
  /** In RecordAccumulator.ready's readyNodes during the current pass. */
  readyToSend = false;

  constructor(readonly broker: ProducerBroker) {}

  /**
   * NetworkClient.ready: the connection is up (connecting if the reconnect backoff allows), the last request was
   * fully written (the broker's network in and disk have room: InFlightRequests.canSendMore's send.completed()),
   * and fewer than max.in.flight.requests.per.connection requests are in flight. A broker whose process is down
   * refuses the connection: nothing is sent to it, and the next attempt waits reconnect.backoff.ms, doubling (±20%)
   * up to reconnect.backoff.max.ms (ClusterConnectionStates).
   */
  ready(nowMs: number, maxInFlight: number, rng: { nextFloat(): number }): boolean {
    if (!this.connectionReady(nowMs, rng)) return false;
    const b = this.broker;
    // A produce request that cannot start leaves the link marked as waited on, so replication lets it go next.
    return this.inFlightRequests < maxInFlight && b.networkIn.clientMayStart() && b.disk.clientMayStart();
  }

  /**
   * When `ready` can next change anything: -Infinity while connected (it answers from the connection as it is);
   * while disconnected, when ClusterConnectionStates.canConnect allows the next attempt.
   */
  get reconnectAtMs(): number {
    return this.connected ? -Infinity : this.lastConnectAttemptMs + this.reconnectBackoffMs;
  }

  /** Connected to the broker process that runs now: `ready` keeps the connection. */
  get connectionUp(): boolean {
    return this.connected && this.broker.alive && this.broker.startedMs === this.connectedToStartMs;
  }

  /** RecordAccumulator.updateNodeLatencyStats: readyTimeMs moves on every pass with data; drainTimeMs only when sent. */
  updateLatencyStats(nowMs: number, canDrain: boolean): void {
    if (!this.hasLatencyStats) {
      this.hasLatencyStats = true;
      this.readyTimeMs = nowMs;
      this.drainTimeMs = nowMs;
    }
    if (canDrain) this.drainTimeMs = nowMs;
    this.readyTimeMs = nowMs;
  }

  private connectionReady(nowMs: number, rng: { nextFloat(): number }): boolean {
    const b = this.broker;
    if (this.connected) {
      if (b.alive && b.startedMs === this.connectedToStartMs) return true;
      // The broker's process died (or restarted): the connection is gone.
      this.disconnected(nowMs, rng);
      return false;
    }
    // ClusterConnectionStates.canConnect.
    if (nowMs - this.lastConnectAttemptMs < this.reconnectBackoffMs) return false;
    this.lastConnectAttemptMs = nowMs;
    if (!b.alive) {
      this.disconnected(nowMs, rng);
      return false;
    }
    // ClusterConnectionStates.ready: resetReconnectBackoff.
    this.connected = true;
    this.connectedToStartMs = b.startedMs;
    this.failedAttempts = 0;
    return true;
  }

  /** ClusterConnectionStates.disconnected: updateReconnectBackoff. */
  private disconnected(nowMs: number, rng: { nextFloat(): number }): void {
    this.connected = false;
    this.lastConnectAttemptMs = nowMs;
    this.reconnectBackoffMs = retryBackoffMs(
      RECONNECT_BACKOFF_MS,
      RECONNECT_BACKOFF_MAX_MS,
      this.failedAttempts,
      rng.nextFloat(),
    );
    this.failedAttempts++;
  }
}
