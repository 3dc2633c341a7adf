// What the Sender asks of the producer it sends for (the KafkaProducer side of Kafka's Sender constructor: the
// client id its errors are logged under, its producer id, and the partitioners it feeds).
import type { BrokerLink } from './producerCluster';

export interface SenderClient {
  /** The producer's number, written into the log with its records (its producer id). */
  readonly index: number;
  /**
   * The network link of the producer's own machine (its NIC's send side), null when unlimited: the Sender sends no
   * request while it is busy, as it waits for a broker's network, and each request's bytes cross it.
   */
  readonly link: BrokerLink | null;
  /** The bytes of a key, -1 for none (to size the batches a split makes). */
  keyLength(key: number): number;
  /** A produce error for the event log, under the producer's client id. */
  produceError(message: string): void;
  /** RecordAccumulator.ready's part for the partitioners, after each pass of the Sender. */
  updatePartitionLoadStats(): void;
}
