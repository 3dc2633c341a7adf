// The names of the recorder's series, in one place: the recorder writes by them, the report, the snapshot and the
// chart series read by them, so a name cannot drift between writer and reader. Each follows `kind:owner/figure`.
// Rates (records/s, bytes/s) are measured over one sample interval; the others are values at the sample.

/** The delivery figures a producer (a source's or a processor's) keeps as running totals. */
export type ProducerFigure = 'lost' | 'duplicated' | 'failed';
/** The delivery figures a group keeps as running totals. */
export type GroupFigure = 'duplicates' | 'out-of-order';

export const metricId = {
  /** Records/s a source's producer had acknowledged. */
  sourceRecords: (node: string) => `source:${node}/records`,
  /** Bytes/s a source's producer sent. */
  sourceBytes: (node: string) => `source:${node}/bytes`,
  /** A running total of what went wrong with a source's records. */
  sourceDelivery: (node: string, figure: ProducerFigure) => `source:${node}/${figure}`,
  /** Records/s a processor's producer had acknowledged. */
  processorRecordsOut: (node: string) => `processor:${node}/records-out`,
  /** A running total of what went wrong with a processor's records. */
  processorDelivery: (node: string, figure: ProducerFigure) => `processor:${node}/${figure}`,
  /** Records/s appended to a topic, over its partitions. */
  topicRecordsIn: (topic: string) => `topic:${topic}/records-in`,
  topicBytesIn: (topic: string) => `topic:${topic}/bytes-in`,
  /** Records/s one group (by its node id) read from a topic, over the topic's partitions. */
  topicRecordsOut: (topic: string, groupNode: string) => `topic:${topic}/records-out/${groupNode}`,
  partitionRecordsIn: (topic: string, partition: number) => `partition:${topic}/${partition}/records-in`,
  partitionBytesIn: (topic: string, partition: number) => `partition:${topic}/${partition}/bytes-in`,
  /** Records/s a group (by its node id) consumed. */
  groupRecords: (node: string) => `group:${node}/records`,
  groupBytes: (node: string) => `group:${node}/bytes`,
  /** A group's lag over all its partitions. */
  groupLag: (node: string) => `group:${node}/lag`,
  /** A group's lag on one partition. */
  groupPartitionLag: (node: string, topic: string, partition: number) =>
    `group:${node}/lag/${topic}/${partition}`,
  /** A running total of what a group received again or out of order. */
  groupDelivery: (node: string, figure: GroupFigure) => `group:${node}/${figure}`,
  memberRecords: (groupNode: string, clientId: string) => `member:${groupNode}/${clientId}/records`,
  memberBytes: (groupNode: string, clientId: string) => `member:${groupNode}/${clientId}/bytes`,
} as const;
