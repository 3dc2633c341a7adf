// What became of the records a producer handed to its Sender (as Kafka's Sender.SenderMetrics count
// record-error-total and record-retry-total): acknowledged, failed, retried, written twice, and still on their way.
// The Sender changes them; the producer (KafkaProducer) reads them, and counts a record failed itself when send()
// refuses it or the process dies.
import { LatencyHistogram } from '../../common/latencyHistogram';
import type { BatchColumns } from './batchColumns';

export class DeliveryCounters {
  /** Records acknowledged to the application (acks=0: as soon as they are written to the wire). */
  recordsAcked = 0;
  /** Records given up on: delivery.timeout.ms, retries exhausted, refused, or dropped with the process. */
  recordsFailed = 0;
  /** Record sends retried. */
  recordsRetried = 0;
  /** Records written a second time by a retry (without idempotence). */
  recordsDuplicated = 0;
  /**
   * Records of closed batches not yet acknowledged or failed: queued in the accumulator or in flight (open batches
   * are the accumulator's to count).
   */
  recordsInClosedBatches = 0;
  /** Produce latency: from send() (the record's timestamp) to its acknowledgement, per record, since the start. */
  readonly produceLatency = new LatencyHistogram();

  /** The records of a batch are acknowledged at `nowMs`: counted, and their produce latency recorded. */
  acknowledged(records: BatchColumns, nowMs: number): void {
    const n = records.count;
    this.recordsAcked += n;
    const ts = records.timestamps;
    const h = this.produceLatency;
    for (let i = 0; i < n; i++) h.record(nowMs - ts[i]!);
  }
}
