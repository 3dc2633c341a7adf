// A follower's replica fetcher (ReplicaFetcherThread): its fetch sizes and long poll, and the network under it. Its fetch
// takes half the round trip between the follower's broker and the leader's (their broker.rack) to reach the leader, and
// the response half of it back. With no round trip both legs take no time, and a follower fetches again in the tick
// its response arrived.
import type { BrokerRuntime } from './brokerRuntime';
import type { RoundTrips } from './roundTrips';

/**
 * replica.fetch.max.bytes: the most one follower fetch returns for a partition (Kafka's default, 1 MiB), an upper bound:
 * a fetch returns whole batches up to it, and at least one batch even when that is larger (KIP-74).
 */
export const REPLICA_FETCH_MAX_BYTES = 1_048_576;

/**
 * replica.fetch.wait.max.ms: a caught-up follower's fetch waits this long at the leader for new records (a long
 * poll), so an idle partition sees a fetch per follower this often; new records answer it at once.
 */
export const REPLICA_FETCH_WAIT_MAX_MS = 500;

export class ReplicaFetchLegs {
  /** Per replica: when the fetch on its way reaches the leader, and when the response on its way reaches the follower. */
  readonly fetchAtLeaderMs: Float64Array;
  readonly responseAtFollowerMs: Float64Array;

  constructor(
    replicas: number,
    private readonly roundTrips: RoundTrips | null,
  ) {
    this.fetchAtLeaderMs = new Float64Array(replicas);
    this.responseAtFollowerMs = new Float64Array(replicas);
  }

  /** Half the round trip between the leader's broker and a follower's. */
  half(leader: BrokerRuntime, follower: BrokerRuntime): number {
    const r = this.roundTrips;
    return r === null ? 0 : r.between(leader.config.rack, follower.config.rack) / 2;
  }
}
