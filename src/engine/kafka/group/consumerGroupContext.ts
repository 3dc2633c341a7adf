// What a consumer (ConsumerMember) needs from the group around it: the coordinator, the subscribed topics, and where
// the records it processed go.
import type { ConsumerGroupCoordinator } from './consumerGroupCoordinator';
import type { ConsumerMember } from './consumerMember';
import type { FetchContext, TopicView } from './fetcher';

/** What a consumer needs from the simulation around it. */
export interface ConsumerGroupContext extends FetchContext {
  /** The topics this consumer subscribes to as of now (a pattern is matched against the cluster's topics). */
  subscribedTopics(): string[];
  topic(name: string): TopicView | undefined;
  /** Records the application finished processing: `records` live records in offsets [fromOffset, endOffset). */
  onProcessed(
    member: ConsumerMember,
    topic: TopicView,
    partition: number,
    fromOffset: number,
    endOffset: number,
    records: number,
    bytes: number,
  ): void;
  /** The KIP-848 coordinator when the group runs group.protocol=consumer; null (or absent) under classic. */
  readonly consumerGroup?: ConsumerGroupCoordinator | null;
  /** Records a stopped consumer will never process: committed before processing, then dropped. */
  onSkipped(records: number): void;
  /**
   * The application's commitSync after processing failed: the member had left the group (max.poll.interval.ms) or
   * the group had moved to a new generation (the Java client's CommitFailedException).
   */
  onCommitFailed(): void;
}
