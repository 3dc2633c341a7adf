import { describe, expect, it } from 'vitest';
import { TestSim } from '../sim/sim.testing';
import { SERIES_CAPACITY } from './recorder';
import { Series } from './series';

describe('metrics', () => {
  const t = new TestSim()
    .topic('orders', { partitions: 2 })
    .source('shop', { rate: 500, recordSize: { type: 'fixed', bytes: 200 } }, ['orders'])
    .sink('billing', { consumers: 1, processingRate: 300, autoOffsetReset: 'earliest' }, ['orders'])
    .start()
    .advance(20_000);
  const m = t.state.metrics;
  const meanOfLast = (n: number, id: string) => {
    const s = m.get(id)!;
    let sum = 0;
    for (let i = s.length - n; i < s.length; i++) sum += s.at(i);
    return sum / n;
  };

  it('samples records/s and bytes/s per source, topic, partition, group and member once a simulated second', () => {
    expect(m.time.length).toBe(20);
    expect(m.get('source:shop/records')!.last()).toBeCloseTo(500, -1);
    expect(m.get('source:shop/bytes')!.last()).toBeCloseTo(100_000, -4);
    expect(m.get('topic:orders/records-in')!.last()).toBeCloseTo(500, -1);
    const p0 = m.get('partition:orders/0/records-in')!.last();
    const p1 = m.get('partition:orders/1/records-in')!.last();
    expect(p0 + p1).toBeCloseTo(500, -1);
    // The one consumer processes 300 records/s, 500 records (one poll) every 1.67 s: over the last 10 s the
    // group and its member both average 300.
    expect(meanOfLast(10, 'group:billing/records')).toBeCloseTo(300, -2);
    expect(meanOfLast(10, 'member:billing/billing-consumer-1/records')).toBeCloseTo(300, -2);
    expect(meanOfLast(10, 'member:billing/billing-consumer-1/bytes')).toBeCloseTo(60_000, -4);
  });

  it('keeps lag per group and per partition, and the group lag is the sum of its partitions', () => {
    const lag = m.get('group:billing/lag')!.last();
    const parts = m.get('group:billing/lag/orders/0')!.last() + m.get('group:billing/lag/orders/1')!.last();
    expect(lag).toBe(parts);
    expect(lag).toBe(t.lag('billing'));
  });

  it('keeps at most 600 samples per series, newest last', () => {
    const s = new Series(SERIES_CAPACITY);
    for (let i = 0; i < 1000; i++) s.push(i);
    expect(s.length).toBe(600);
    expect(s.at(0)).toBe(400);
    expect(s.last()).toBe(999);
  });
});
