// One partition's place in the producer's accumulator and sender: its closed batches, its open batch, the batches in
// flight and its batch numbering (RecordAccumulator.TopicInfo's per-partition deque).
import { BatchDeque } from './batchDeque';
import type { PartitionBatches } from './partitionBatches';
import type { ProducerBatch } from './producerBatch';
import type { ProduceTopic } from './producerCluster';
import { CachedLeader } from './producerMetadata';
import type { ProducerNode } from './producerNodes';

/**
 * One partition's deque in the accumulator (TopicInfo.batches' ArrayDeque): the closed batches in `waiting`, then the
 * open batch, which lives in the topic's PartitionBatches; plus the batches in flight and the batch numbering.
 */
export class PartitionQueue {
  /** Closed batches, oldest first: full, flushed, or back for a retry (retry.backoff.ms). */
  readonly waiting = new BatchDeque();
  /** Sent with acks=all, waiting for the answer. */
  readonly inFlight: ProducerBatch[] = [];
  nextSequence = 0;
  /** Errors already told since this partition's last success, so an outage reads as one line per error. */
  readonly told = new Set<number>();
  /** Holds the partition's open batch; null once the producer stopped writing the topic (then only `waiting` is left). */
  open: PartitionBatches | null = null;
  /** The leader's node as of the sender's current ready() pass; null without a leader. */
  node: ProducerNode | null = null;
  /** The leader the producer's metadata names for this partition. */
  readonly leader = new CachedLeader();
  /**
   * When a batch of this partition was last split after MESSAGE_TOO_LARGE: its parts go out from the next tick, as
   * after the produce response that refused it (not again in this tick's later drain rounds).
   */
  splitAtMs = -1;

  constructor(
    readonly topic: ProduceTopic,
    readonly partition: number,
  ) {}

  /** Records of the open batch (0 when there is none). */
  get openCount(): number {
    return this.open === null ? 0 : this.open.openCount(this.partition);
  }
}
