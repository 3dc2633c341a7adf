// What the producer's Sender sees of the cluster, as Kafka's producer sees it through NetworkClient and Metadata: the
// brokers it connects to, and per partition the leader it sends to and the log that leader appends to. The
// simulation's brokers, topics and partition replicas implement these; kafka/ never reaches for them directly.
import type { TopicCompressionType } from '../log/compressionType';
import type { PartitionLog } from '../log/partitionLog';
import type { ReplicatedPartition } from '../replication/replicatedPartition';
import type { BatchColumns } from './batchColumns';

/** One of a broker's links a produce request crosses (network in, disk): room to start, and the bytes it moved. */
export interface BrokerLink {
  /** A produce request may start on the link now (else the link notes a client waits: InFlightRequests.canSendMore). */
  clientMayStart(): boolean;
  use(bytes: number): void;
}

/** A broker as a producer's connection sees it. */
export interface ProducerBroker {
  readonly id: number;
  /** Its process is up: it accepts connections. */
  readonly alive: boolean;
  /** When its process last started: a restart closes every connection to the old one. */
  readonly startedMs: number;
  /** broker.rack: with the client's client.rack it decides the round trip (rttMs or crossRackRttMs). */
  readonly rack: string | null;
  readonly networkIn: BrokerLink;
  readonly disk: BrokerLink;
}

/** The batches a partition's log holds, by base offset, with the producer tag each was written with. */
export interface WrittenBatches {
  /** The index of the batch holding `offset`, or -1. */
  find(offset: number): number;
  baseOffset(i: number): number;
  tag(i: number): number;
}

/** One partition across its replicas, as a produce request reaches it. */
export interface ProducePartition {
  /** The replication state (ISR, high watermark, leader epoch, zombies). */
  readonly rp: ReplicatedPartition;
  /** The broker of each replica, in assignment order. */
  readonly brokers: readonly ProducerBroker[];
  /** The leader epoch of the last successful append (the leader's, or a zombie's). */
  readonly appendEpoch: number;
  readonly batches: WrittenBatches;
  /** The controller's leader (Cluster.leaderFor); null when the partition has none. */
  leaderBroker(): ProducerBroker | null;
  /**
   * Partition.appendRecordsToLeader on `broker` (the leader the producer's metadata names, a zombie included).
   * Returns the base offset or a negative Kafka error.
   */
  appendVia(
    broker: ProducerBroker,
    records: BatchColumns,
    tag: number,
    acks: 0 | 1 | -1,
    nowMs: number,
  ): number;
}

/** A topic the producer writes to: per partition its leader's log, its replicas, and what flowed in. */
export interface ProduceTopic {
  readonly name: string;
  /** The topic's compression.type: `producer` keeps the batch's codec, another makes the leader recompress. */
  readonly compressionType: TopicCompressionType;
  readonly partitions: readonly PartitionLog[];
  readonly replicas: readonly ProducePartition[];
  /** Records and payload bytes appended per partition since the start. */
  readonly recordsIn: Float64Array;
  readonly bytesIn: Float64Array;
  /** Per partition, the compression ratio the last batch was stored at (1 before any, and when uncompressed). */
  readonly storedRatios: Float64Array;
  /** The record at `offset` of `partition` cannot be deserialized by consumers (a poison pill, PoisonPicker). */
  markPoison(partition: number, offset: number): void;
}
