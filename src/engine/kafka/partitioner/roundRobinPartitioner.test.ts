// Tests for the RoundRobinPartitioner port (Kafka 4.x behaviour), with RoundRobinPartitionerTest's cases.
import { describe, expect, it } from 'vitest';
import { RoundRobinPartitioner } from './roundRobinPartitioner';

describe('RoundRobinPartitioner', () => {
  it('sends 10 records on 3 partitions to 0, 1, 2, 0, 1, 2, 0, 1, 2, 0', () => {
    // Kafka 4.x calls partition() once per record, also when the record opens a new batch, so nothing
    // is skipped (KAFKA-9965 was a 2.4-3.x behaviour).
    const partitioner = new RoundRobinPartitioner();
    const partitions = Array.from({ length: 10 }, () => partitioner.partition('test', 3));
    expect(partitions).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2, 0]);
  });

  it('testRoundRobinWithUnavailablePartitions: only partitions with a leader, evenly, in metadata order', () => {
    // Metadata lists partitions 1 (no leader), 2, 0: the available list is [2, 0].
    const partitioner = new RoundRobinPartitioner();
    const counts = new Map<number, number>();
    const picks: number[] = [];
    for (let i = 1; i <= 100; i++) {
      const part = partitioner.partition('test', 3, [2, 0]);
      expect(part === 0 || part === 2).toBe(true);
      counts.set(part, (counts.get(part) ?? 0) + 1);
      if (i <= 4) picks.push(part);
    }
    expect(counts.get(0)).toBe(counts.get(2));
    expect(picks).toEqual([2, 0, 2, 0]);
  });

  it('testRoundRobinWithKeyBytes / testRoundRobinWithNullKeyBytes: one counter per topic', () => {
    // The partitioner ignores keys, so both Java tests are the same sequence of calls here.
    const partitioner = new RoundRobinPartitioner();
    const counts = [0, 0, 0];
    for (let i = 0; i < 30; ++i) {
      counts[partitioner.partition('topicA', 3)]!++;
      if (i % 5 === 0) partitioner.partition('topicB', 1);
    }
    expect(counts).toEqual([10, 10, 10]);
  });

  it('falls back to all partitions when none has a leader', () => {
    const partitioner = new RoundRobinPartitioner();
    expect([0, 1, 2, 3].map(() => partitioner.partition('t', 3, []))).toEqual([0, 1, 2, 0]);
  });
});
