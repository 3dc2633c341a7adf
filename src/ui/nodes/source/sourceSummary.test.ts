import { describe, expect, it } from 'vitest';
import { keyMode, partitionerLabel, rateLabel } from './sourceSummary';

describe('source summary', () => {
  it('names the key mode', () => {
    expect(keyMode({ type: 'none' })).toBe('no keys');
    expect(keyMode({ type: 'uniform', count: 1000 })).toBe('1,000 keys');
    expect(keyMode({ type: 'zipf', count: 200, exponent: 1.1 })).toBe('zipf over 200 keys');
    expect(keyMode({ type: 'list', values: ['a', 'b', 'c'] })).toBe('3 listed keys');
  });

  it("says where the partitioner sends records: Kafka's default hashes keys and is sticky without them", () => {
    const keyed = { type: 'uniform', count: 10 } as const;
    expect(partitionerLabel({ partitioner: 'default', partition: 0, keys: keyed })).toBe('murmur2(key)');
    expect(partitionerLabel({ partitioner: 'default', partition: 0, keys: { type: 'none' } })).toBe('sticky');
    expect(partitionerLabel({ partitioner: 'roundrobin', partition: 0, keys: keyed })).toBe('round-robin');
    expect(partitionerLabel({ partitioner: 'fixed', partition: 2, keys: keyed })).toBe('partition 2');
  });

  it('shows the rate with thousands separators and the arrival process unless constant', () => {
    expect(rateLabel({ rate: 12500, arrival: 'constant' })).toBe('12,500 rec/s');
    expect(rateLabel({ rate: 400, arrival: 'poisson' })).toBe('400 rec/s · poisson');
  });

  it('with a load profile: the rate it asks for now (at time zero before a run) and its kind', () => {
    const step = { type: 'step', stepAtMs: 10_000, stepRate: 2500 } as const;
    expect(rateLabel({ rate: 400, arrival: 'poisson', profile: step })).toBe('400 rec/s · step · poisson');
    expect(rateLabel({ rate: 400, arrival: 'constant', profile: step }, 2500)).toBe('2,500 rec/s · step');
    const day = {
      type: 'daily',
      peakHour: 12,
      peakRate: 900,
      troughHour: 0,
      troughRate: 100,
      startHour: 12,
    } as const;
    expect(rateLabel({ rate: 1, arrival: 'constant', profile: day })).toBe('900 rec/s · daily');
  });
});
