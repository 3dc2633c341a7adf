// When retention and the log cleaner first run: Kafka's LogManager schedules "kafka-log-retention" with an initial
// delay of log.initial.task.delay.ms (30,000 ms, ServerLogConfigs) and then every log.retention.check.interval.ms;
// the LogCleaner's threads start at once and pause log.cleaner.backoff.ms whenever a pass finds nothing to clean.
import { describe, expect, it } from 'vitest';
import { LOG_INITIAL_TASK_DELAY_MS } from './simulation';
import { TestSim } from './sim.testing';

describe('the retention schedule', () => {
  it('first deletes 30,000 ms after start, then every log.retention.check.interval.ms', () => {
    expect(LOG_INITIAL_TASK_DELAY_MS).toBe(30_000);
    // retention.ms 1: every rolled segment is past retention as soon as it is rolled (segment.ms 1,000).
    const t = new TestSim()
      .cluster({ logRetentionCheckIntervalMs: 10_000 })
      .topic('clicks', { partitions: 1, segmentMs: 1000, retentionMs: 1 })
      .source('web', { rate: 100, recordSize: { type: 'fixed', bytes: 100 }, lingerMs: 0 }, ['clicks'])
      .start();
    const log = t.state.topics.get('clicks')!.partitions[0]!;
    t.advance(29_999);
    expect(log.logStartOffset).toBe(0);
    // segment.ms 1,000: a segment rolled each second, 29 of them and the active one.
    expect(log.segmentCount()).toBe(Math.ceil(29_999 / 1000));
    t.advance(1);
    const first = log.logStartOffset;
    // Everything but the active segment is gone: the 2,999 records produced before 30 s (one each 10 ms, from
    // 10 ms); the one produced at 30,000 ms began the active segment.
    expect(first).toBe(30_000 / 10 - 1);
    expect(log.segmentCount()).toBe(1);
    t.advance(9_999);
    expect(log.logStartOffset).toBe(first);
    t.advance(1);
    // The next check deletes the 10 s since: 1,000 records at 100 records/s.
    expect(log.logStartOffset).toBe(first + 10 * 100);
    expect(t.eventLines('retention').map((line) => line.split(':')[0])).toEqual(['30000', '40000']);
  });

  it('with the default interval (300,000 ms) deletes at 30,000 ms and next at 330,000 ms', () => {
    const t = new TestSim()
      .topic('clicks', { partitions: 1, segmentMs: 1000, retentionMs: 1 })
      .source('web', { rate: 10, lingerMs: 0 }, ['clicks'])
      .start()
      .advance(330_000);
    expect(t.eventLines('retention').map((line) => line.split(':')[0])).toEqual(['30000', '330000']);
  });

  it('runs the log cleaner from the start, then every log.cleaner.backoff.ms (15,000 ms)', () => {
    const t = new TestSim()
      .topic('customers', { partitions: 1, cleanupPolicy: 'compact', segmentMs: 1000 })
      .source('crm', { rate: 100, keys: { type: 'uniform', count: 20 }, lingerMs: 0 }, ['customers'])
      .start()
      .advance(30_000);
    // The first pass at start finds nothing (only the active segment exists); the next ones clean what rolled.
    expect(t.eventLines('compaction').map((line) => line.split(':')[0])).toEqual(['15000', '30000']);
  });
});
