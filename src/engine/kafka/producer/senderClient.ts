// What the Sender asks of the producer it sends for (the KafkaProducer side of Kafka's Sender constructor: the
// client id its errors are logged under, its producer id, and the partitioners it feeds).
export interface SenderClient {
  /** The producer's number, written into the log with its records (its producer id). */
  readonly index: number;
  /** The bytes of a key, -1 for none (to size the batches a split makes). */
  keyLength(key: number): number;
  /** A produce error for the event log, under the producer's client id. */
  produceError(message: string): void;
  /** RecordAccumulator.ready's part for the partitioners, after each pass of the Sender. */
  updatePartitionLoadStats(): void;
}
