// A source in the fluid mode: its producer's records as a rate. Each step the source's expected records (SourceFlow)
// split over its topics' partitions by the partitioner's shares (WriterShape); fractions carry to the next step, so
// the counts are whole records and add up over time. A partition whose leader refuses them keeps them waiting (the
// producer's batches retry) and they count in flight until a leader takes them.
import type { SourceRuntime } from '../sourceRuntime';
import type { TopicRuntime } from '../topicRuntime';
import type { FluidPartitions } from './fluidPartitions';
import { appendRunToLeader } from './leaderRun';
import { SourceFlow } from './sourceFlow';
import { WriterShape, type RecordBytes } from './writerShape';

interface Target {
  readonly topic: TopicRuntime;
  readonly shape: WriterShape;
  /** Per partition: the fraction of a record carried to the next step, and records waiting for a leader. */
  readonly carry: Float64Array;
  readonly waiting: Float64Array;
  /** The topic's fluid state: what the followers' fetches of this step carry. */
  readonly parts: FluidPartitions;
}

export class FluidSource {
  private readonly flow: SourceFlow;
  private readonly targets: Target[];
  private carry = 0;
  private readonly bytes: RecordBytes = { record: 0, header: 0, stored: 0, produce: 0 };

  constructor(
    readonly source: SourceRuntime,
    topics: readonly TopicRuntime[],
    partsOf: (topic: TopicRuntime) => FluidPartitions,
  ) {
    this.flow = new SourceFlow(source.config);
    this.targets = topics.map((topic) => ({
      topic,
      shape: new WriterShape(source.config, topic.config, topic.partitionCount),
      carry: new Float64Array(topic.partitionCount),
      waiting: new Float64Array(topic.partitionCount),
      parts: partsOf(topic),
    }));
  }

  /** Produces the records of [fromMs, toMs) into the partitions' leaders. */
  produce(fromMs: number, toMs: number): void {
    const producer = this.source.producer;
    let records = 0;
    if (!this.source.paused && producer.running) {
      const expected = this.flow.expected(fromMs, toMs) + this.carry;
      records = Math.floor(expected + 1e-9);
      this.carry = expected - records > 0 ? expected - records : 0;
    }
    const activeMs = this.flow.activeMs(fromMs, toMs);
    const rate = activeMs > 0 ? (records * 1000) / activeMs : 0;
    for (let t = 0; t < this.targets.length; t++) {
      const target = this.targets[t]!;
      const { topic, shape, carry, waiting, parts } = target;
      for (let p = 0; p < carry.length; p++) {
        const share = records * shape.shares[p]! + carry[p]!;
        const fresh = Math.floor(share + 1e-9);
        carry[p] = share - fresh > 0 ? share - fresh : 0;
        if (fresh > 0) {
          producer.recordsSent += fresh;
          producer.bytesSent += fresh * shape.payload;
          producer.delivery.recordsInClosedBatches += fresh;
        }
        const count = waiting[p]! + fresh;
        if (count <= 0) continue;
        shape.bytes(p, rate, this.bytes);
        if (appendRunToLeader(topic, p, count, this.bytes, shape.acks, toMs)) {
          producer.delivery.recordsInClosedBatches -= count;
          producer.delivery.recordsAcked += count;
          waiting[p] = 0;
          parts.headers[p] = this.bytes.header;
          parts.stepBytes[p]! += count * this.bytes.record;
        } else waiting[p] = count;
      }
    }
  }
}
