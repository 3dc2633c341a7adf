// Samples the simulation's counters at a fixed simulated interval into bounded series: records/s and
// bytes/s per source, topic, partition, group and consumer; lag per group and per partition; duplicates,
// lost, failed and out-of-order records.
import { Series } from './series';
import type { MeasuredPipeline } from './measuredPipeline';
import { metricId } from './metricId';
import { MetricIds } from './metricIds';

export const SERIES_CAPACITY = 600;

/** One series and, for a rate, the counter it was last computed from: one map look-up per value sampled. */
interface Slot {
  readonly series: Series;
  previous: number;
}

export class MetricsRecorder {
  readonly time = new Series(SERIES_CAPACITY);
  private readonly series = new Map<string, Slot>();
  /** Per group, how many samples in a row were taken since it first committed (before, lag reads 0). */
  private readonly measuredLag = new Map<string, number>();
  private lastSampleMs = 0;
  /** The series names, built once per owner. */
  private readonly names = new MetricIds();
  /** The values of the sample being taken, in order, and their series' slots (reused from sample to sample). */
  private readonly queuedSlots: Slot[] = [];
  private queuedValues = new Float64Array(256);
  private queued = 0;

  constructor(readonly intervalMs: number) {}

  /** The series with this id (metricId.ts), e.g. `source:web/records`, `group:analytics/lag`. */
  get(id: string): Series | undefined {
    return this.series.get(id)?.series;
  }

  ids(): string[] {
    return [...this.series.keys()];
  }

  /** The latest sampled value, 0 before the first sample. */
  latest(id: string): number {
    return this.series.get(id)?.series.last() ?? 0;
  }

  /** How many of the newest lag samples of this group are measurements (taken since it first committed). */
  measuredLagSamples(groupNodeId: string): number {
    return this.measuredLag.get(groupNodeId) ?? 0;
  }

  sample(state: MeasuredPipeline): void {
    const dt = (state.nowMs - this.lastSampleMs) / 1000;
    if (dt <= 0) return;
    this.lastSampleMs = state.nowMs;
    this.time.push(state.nowMs);
    // In parts, and every value pushed at the end in one loop: a long run compiles each part once, and when a series
    // first grows or wraps only the small loop that pushes is compiled again, not the whole sample.
    this.sampleProducers(state, dt);
    this.sampleTopics(state, dt);
    this.sampleGroups(state, dt);
    this.flush();
  }

  private sampleProducers(state: MeasuredPipeline, dt: number): void {
    for (const [id, source] of state.sources) {
      const p = source.producer;
      this.rate(metricId.sourceRecords(id), p.recordsAcked, dt);
      this.rate(metricId.sourceBytes(id), p.bytesSent, dt);
      // Running totals: what happened to the source's records so far.
      this.value(metricId.sourceDelivery(id, 'lost'), p.recordsLost);
      this.value(metricId.sourceDelivery(id, 'duplicated'), p.recordsDuplicated);
      this.value(metricId.sourceDelivery(id, 'failed'), p.recordsFailed);
    }
    for (const [id, p] of state.processors) {
      this.rate(metricId.processorRecordsOut(id), p.producer.recordsAcked, dt);
      this.value(metricId.processorDelivery(id, 'lost'), p.producer.recordsLost);
      this.value(metricId.processorDelivery(id, 'duplicated'), p.producer.recordsDuplicated);
      this.value(metricId.processorDelivery(id, 'failed'), p.producer.recordsFailed);
    }
  }

  private sampleTopics(state: MeasuredPipeline, dt: number): void {
    const names = this.names;
    for (const topic of state.topics.values()) {
      const ids = names.topic(topic.name, topic.partitionCount);
      let records = 0,
        bytes = 0;
      for (let p = 0; p < topic.partitionCount; p++) {
        records += topic.recordsIn[p]!;
        bytes += topic.bytesIn[p]!;
        this.rate(ids.partitionRecordsIn[p]!, topic.recordsIn[p]!, dt);
        this.rate(ids.partitionBytesIn[p]!, topic.bytesIn[p]!, dt);
      }
      this.rate(ids.recordsIn, records, dt);
      this.rate(ids.bytesIn, bytes, dt);
    }
  }

  private sampleGroups(state: MeasuredPipeline, dt: number): void {
    const names = this.names;
    for (const [id, group] of state.groups) {
      const ids = names.group(id);
      this.rate(ids.records, group.recordsConsumed, dt);
      this.rate(ids.bytes, group.bytesConsumed, dt);
      this.value(ids.lag, group.lag());
      this.measuredLag.set(id, group.hasCommitted() ? this.measuredLagSamples(id) + 1 : 0);
      this.value(ids.duplicates, group.duplicates);
      this.value(ids.outOfOrder, group.outOfOrder);
      for (const member of group.members) {
        const [records, bytes] = names.member(ids, id, member.clientId);
        this.rate(records, member.recordsConsumed, dt);
        this.rate(bytes, member.bytesConsumed, dt);
      }
      for (const topicName of group.subscribedTopics()) {
        const topic = state.topics.get(topicName)!;
        const counters = group.countersFor(topicName, topic.partitionCount);
        const topicIds = names.groupTopic(ids, id, topicName, topic.partitionCount);
        let consumed = 0;
        // Per partition only the lag (the group's partition-lag chart); consumed counts only as the topic's sum.
        for (let p = 0; p < topic.partitionCount; p++) {
          consumed += counters.consumed[p]!;
          this.value(topicIds.partitionLag[p]!, group.partitionLag(topicName, p) ?? 0);
        }
        this.rate(topicIds.recordsOut, consumed, dt);
      }
    }
  }

  private rate(id: string, counter: number, dtSeconds: number): void {
    const slot = this.slot(id);
    const prev = slot.previous;
    slot.previous = counter;
    this.queue(slot, (counter - prev) / dtSeconds);
  }

  private value(id: string, v: number): void {
    this.queue(this.slot(id), v);
  }

  /** A value for `slot`'s series, pushed by `flush` at the end of the sample. */
  private queue(slot: Slot, v: number): void {
    const n = this.queued;
    if (n === this.queuedValues.length) {
      const grown = new Float64Array(n * 2);
      grown.set(this.queuedValues);
      this.queuedValues = grown;
    }
    this.queuedSlots[n] = slot;
    this.queuedValues[n] = v;
    this.queued = n + 1;
  }

  private flush(): void {
    const slots = this.queuedSlots;
    const values = this.queuedValues;
    for (let i = 0; i < this.queued; i++) slots[i]!.series.push(values[i]!);
    this.queued = 0;
  }

  private slot(id: string): Slot {
    let slot = this.series.get(id);
    if (!slot) {
      const s = new Series(SERIES_CAPACITY);
      // A series born late starts with zeros so that all series line up with `time`.
      for (let i = 1; i < this.time.length; i++) s.push(0);
      slot = { series: s, previous: 0 };
      this.series.set(id, slot);
    }
    return slot;
  }
}
