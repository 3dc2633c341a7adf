/**
 * What the page shows, so the worker's reports carry only that (src/worker/viewReport.ts trims them): the view
 * that is open, and the topics whose partitions are drawn one by one (their lanes, in the viewport). A topic
 * outside that detail is summed up in a TopicDigest, which is all its heatmap band and its replication line read.
 */

/** The page's views: the canvas with and without Kafka, the Cluster, Capacity, Sweep and Compare views. */
export type PageView = 'kafka' | 'without' | 'cluster' | 'capacity' | 'sweep' | 'compare';

export interface ViewNeed {
  view: PageView;
  /** Topics (by name) whose partition lanes are drawn now; the Cluster and Capacity views need every topic. */
  topics: string[];
  /** A lesson is open: its checks read every partition and committed offset, so reports stay whole in every view. */
  whole?: true;
}

/** Views that show every partition of every topic and every group's committed offsets: their reports are whole. */
export const WHOLE_REPORT_VIEWS: readonly PageView[] = ['cluster', 'capacity'];

/** One topic, summed up: what its heatmap band (ui/nodes/topic/partitionBand.ts) and its replication line show. */
export interface TopicDigest {
  /** Partitions the simulation runs. */
  partitions: number;
  /** Replicas of the first partition (Kafka's replication factor); 0 for a topic with no partitions. */
  replicationFactor: number;
  /** Partitions with no leader, fewer in-sync replicas than min.insync.replicas, a replica out of the ISR. */
  offline: number;
  underMinIsr: number;
  underReplicated: number;
  /**
   * Partitions whose leader is on a broker that is down and not yet fenced (status `stopped`): they take no writes
   * until the controller fences it, after broker.session.timeout.ms, and elects another leader.
   */
  unfencedLeaders: number;
  /** Per partition: records retained (log end - log start). */
  retained: number[];
  /** Per partition: how far its slowest group's committed offset is behind the log end; 0 where none committed. */
  lag: number[];
  /** Some group reads the topic (has committed offsets for it, or will). */
  read: boolean;
}
