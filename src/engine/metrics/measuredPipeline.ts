// What the metrics read of a running pipeline: the counters of its producers, topics, groups and consumers, and
// which topics each group reads. The simulation's state has these shapes (sim/ builds on metrics/, never the
// other way round), so the recorder and the chart series never name a runtime class.

/** A producer's running counters (KafkaProducer's record-send-total and what befell its records). */
export interface MeasuredProducer {
  readonly recordsAcked: number;
  readonly bytesSent: number;
  readonly recordsLost: number;
  readonly recordsDuplicated: number;
  readonly recordsFailed: number;
}

/** A topic's per-partition counters of what was appended. */
export interface MeasuredTopic {
  readonly name: string;
  readonly partitionCount: number;
  readonly recordsIn: ArrayLike<number>;
  readonly bytesIn: ArrayLike<number>;
}

/** One consumer of a group. */
export interface MeasuredConsumer {
  readonly clientId: string;
  readonly recordsConsumed: number;
  readonly bytesConsumed: number;
}

/** A consumer group of a sink or processor node. */
export interface MeasuredGroup {
  readonly nodeId: string;
  readonly groupId: string;
  readonly recordsConsumed: number;
  readonly bytesConsumed: number;
  readonly duplicates: number;
  readonly outOfOrder: number;
  readonly members: readonly MeasuredConsumer[];
  subscribedTopics(): readonly string[];
  lag(): number;
  /** The lag on one partition; null before the group has a position there. */
  partitionLag(topic: string, partition: number): number | null;
  /** Whether the group has committed any offset yet (before that its lag is no measurement). */
  hasCommitted(): boolean;
  /** Per partition of `topic`, records consumed so far. */
  countersFor(topic: string, partitions: number): { readonly consumed: ArrayLike<number> };
}

/** The whole pipeline as the metrics see it, by design node id (topics by name). */
export interface MeasuredPipeline {
  readonly nowMs: number;
  readonly sources: ReadonlyMap<string, { readonly producer: MeasuredProducer }>;
  readonly processors: ReadonlyMap<string, { readonly producer: MeasuredProducer }>;
  readonly topics: ReadonlyMap<string, MeasuredTopic>;
  readonly groups: ReadonlyMap<string, MeasuredGroup>;
}
