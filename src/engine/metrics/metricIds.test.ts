import { describe, expect, it } from 'vitest';
import { metricId } from './metricId';
import { MetricIds } from './metricIds';

describe('MetricIds', () => {
  it("gives metricId's names, the same ones each sample, and a grown topic's new partitions", () => {
    const names = new MetricIds();
    const first = names.topic('orders', 2);
    expect(first.partitionRecordsIn).toEqual([
      metricId.partitionRecordsIn('orders', 0),
      metricId.partitionRecordsIn('orders', 1),
    ]);
    expect(names.topic('orders', 2)).toBe(first);
    expect(names.topic('orders', 3).partitionBytesIn[2]).toBe(metricId.partitionBytesIn('orders', 2));
    const group = names.group('billing');
    expect(group.lag).toBe(metricId.groupLag('billing'));
    expect(names.member(group, 'billing', 'consumer-1')).toEqual([
      metricId.memberRecords('billing', 'consumer-1'),
      metricId.memberBytes('billing', 'consumer-1'),
    ]);
    const topic = names.groupTopic(group, 'billing', 'orders', 3);
    expect(topic.recordsOut).toBe(metricId.topicRecordsOut('orders', 'billing'));
    expect(topic.partitionLag[2]).toBe(metricId.groupPartitionLag('billing', 'orders', 2));
    expect(names.groupTopic(group, 'billing', 'orders', 3)).toBe(topic);
  });
});
