// Follows Kafka's producer Metadata (clients/Metadata.java): the leader a producer sends a partition's batches to is
// the one its last metadata response named, refreshed every metadata.max.age.ms, or sooner when a request failed
// (Sender/NetworkClient call Metadata.requestUpdate on NOT_LEADER_OR_FOLLOWER-like errors and on a disconnect or
// request timeout; the update waits out retry.backoff.ms since the last refresh, Metadata.timeToAllowUpdate). The
// refresh goes to the least-loaded node, another broker, so it returns the controller's current leaders.
import type { ProduceTopic, ProducePartition, ProducerBroker } from './producerCluster';

/** The leader one partition's metadata named as of some refresh. */
export class CachedLeader {
  brokerId = -1;
  /** The refresh this entry comes from; an older one is read afresh. */
  version = -1;
}

export class ProducerMetadata {
  /** Bumped at every refresh: every cached leader is then read again. */
  private version = 0;
  private lastRefreshMs: number;
  private updateRequested = false;

  constructor(nowMs: number) {
    this.lastRefreshMs = nowMs;
  }

  /** Metadata.requestUpdate: a failed request may mean the metadata is stale. */
  requestUpdate(): void {
    this.updateRequested = true;
  }

  /** A requested update is due: retry.backoff.ms since the last refresh has passed (Metadata.timeToNextUpdate). */
  updateDue(nowMs: number, retryBackoffMs: number): boolean {
    return this.updateRequested && nowMs >= this.lastRefreshMs + retryBackoffMs;
  }

  /** When a requested update falls due (`updateDue`); Infinity while none is requested. */
  nextUpdateMs(retryBackoffMs: number): number {
    return this.updateRequested ? this.lastRefreshMs + retryBackoffMs : Infinity;
  }

  /** A metadata response arrived: the leaders are read from it (lazily, on each partition's next send). */
  refreshed(nowMs: number): void {
    this.version++;
    this.lastRefreshMs = nowMs;
    this.updateRequested = false;
  }

  /**
   * The broker the producer sends the partition's next request to. It is the cached leader while that broker still
   * answers as leader: the current leader, or a zombie (cut off, unaware of the controller's new leader). Any other
   * broker would not keep the producer on it: a running one answers NOT_LEADER_OR_FOLLOWER naming the new leader
   * (KIP-951), a dead one refuses the connection and the metadata update that follows is answered by another broker,
   * so the producer moves to the controller's leader at once (round trips take no time here).
   */
  leaderFor(cached: CachedLeader, replicas: ProducePartition): ProducerBroker | null {
    const leader = replicas.leaderBroker();
    if (cached.version === this.version && (leader === null || cached.brokerId !== leader.id)) {
      const id = cached.brokerId;
      if (id >= 0 && replicas.rp.replicas.includes(id) && replicas.rp.isZombie(id))
        return replicas.brokers[replicas.rp.replicas.indexOf(id)]!;
    }
    cached.version = this.version;
    cached.brokerId = leader === null ? -1 : leader.id;
    return leader;
  }
}

/**
 * Cluster.leaderFor as the partitioner reads it (availability and load stats): the controller's leader. A broker
 * that died but is not fenced yet is still the leader (the producer cannot connect to it), and a partition whose
 * leader was fenced with no replica left to elect has none. The Sender itself sends to ProducerMetadata.leaderFor,
 * which differs only while a cut-off leader is a zombie.
 */
export function knownLeader(topic: ProduceTopic, partition: number): ProducerBroker | null {
  return topic.replicas[partition]!.leaderBroker();
}
