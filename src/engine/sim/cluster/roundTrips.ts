// The network between the design's machines: how long a round trip takes between a client (client.rack) or broker
// (broker.rack) and a broker, from the cluster's rttMs and crossRackRttMs. Kafka itself has no such setting; the
// time is the network's, and the clients and brokers wait for it (NetworkClient, ReplicaFetcherThread, Fetcher).
import type { ClusterConfig } from '../../model/schema';

export class RoundTrips {
  private rtt = 0;
  private crossRackRtt = 0;
  /** Some broker has a broker.rack. */
  private racked = false;

  constructor(config: ClusterConfig) {
    this.configure(config);
  }

  /** The cluster's settings changed (they apply to requests sent from now on). */
  configure(config: ClusterConfig): void {
    this.rtt = config.rttMs;
    this.crossRackRtt = config.crossRackRttMs;
    this.racked = config.brokers.some((b) => b.rack !== null);
  }

  /**
   * The round trip between machines in racks `a` and `b`: rttMs when both are in the same rack, or when the cluster
   * has no racks at all (everything is one rack); crossRackRttMs when the racks differ. A machine without a rack in a
   * racked cluster (a client without client.rack) is taken to be in none of the brokers' racks: every trip from it
   * crosses racks, the cautious answer for sizing (a client that shares a broker's rack should say so).
   */
  between(a: string | null, b: string | null): number {
    if (!this.racked) return this.rtt;
    return a !== null && a === b ? this.rtt : this.crossRackRtt;
  }
}
