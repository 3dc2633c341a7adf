// What acks=all, min.insync.replicas=2, replication factor 3 and clean elections promise under any single broker
// failure (fast-check over random fault schedules, seeded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fault } from '../../model/schema';
import { GroupRuntime } from '../groupRuntime';
import { TestSim } from '../testSim';

const RUNS = 25;
const BROKERS = [1, 2, 3];

const scenario = fc.record({
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  partitions: fc.integer({ min: 1, max: 6 }),
  rate: fc.integer({ min: 100, max: 20_000 }),
  keyed: fc.boolean(),
  broker: fc.constantFrom(...BROKERS),
  /** How the broker goes: a kill (noticed after the session timeout) or a controlled shutdown. */
  how: fc.constantFrom('broker-kill', 'broker-shutdown'),
  failAtS: fc.integer({ min: 1, max: 20 }),
  /** Back after this many seconds; null: it stays down. */
  backAfterS: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
  /** A network throttle on another broker meanwhile (MB/s), or none. */
  throttle: fc.option(fc.constantFrom(0.5, 2, 20), { nil: null }),
  consumerCrashAtS: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function faults(s: Scenario): Fault[] {
  const out: Fault[] = [{ atMs: s.failAtS * 1000, type: s.how, broker: s.broker }];
  if (s.backAfterS !== null)
    out.push({ atMs: (s.failAtS + s.backAfterS) * 1000, type: 'broker-restart', broker: s.broker });
  const other = BROKERS.find((b) => b !== s.broker)!;
  if (s.throttle !== null) {
    out.push({ atMs: 5000, type: 'broker-throttle', broker: other, networkMBps: s.throttle });
    out.push({ atMs: 45_000, type: 'broker-throttle', broker: other, networkMBps: null });
  }
  if (s.consumerCrashAtS !== null) {
    out.push({ atMs: s.consumerCrashAtS * 1000, type: 'consumer-kill', node: 'readers' });
    out.push({ atMs: s.consumerCrashAtS * 1000 + 1, type: 'consumer-start', node: 'readers' });
  }
  return out;
}

describe('acks=all, min.insync.replicas=2, replication factor 3, clean elections only', () => {
  it(`lose no acknowledged record under any single broker failure (${RUNS} random fault schedules)`, () => {
    // Every delivery is checked against the high watermark at the moment it happens.
    const original = GroupRuntime.prototype.onDelivered;
    let pastHighWatermark = 0;
    GroupRuntime.prototype.onDelivered = function (topic, partition, from, count) {
      if (from + count > topic.highWatermark(partition)) pastHighWatermark++;
      original.call(this, topic, partition, from, count);
    };
    let runs = 0;
    try {
      fc.assert(
        fc.property(scenario, (s) => {
          runs++;
          const t = new TestSim({ seed: s.seed })
            .topic('events', { partitions: s.partitions, replicationFactor: 3, minInsyncReplicas: 2 })
            .source(
              'app',
              {
                rate: s.rate,
                acks: 'all',
                keys: s.keyed ? { type: 'uniform', count: 50 } : { type: 'none' },
              },
              ['events'],
            )
            .sink('readers', { consumers: 2, autoOffsetReset: 'earliest', sessionTimeoutMs: 10_000 }, [
              'events',
            ])
            .faults(faults(s))
            .start();
          const committedSeen = new Map<number, number>();
          for (let second = 1; second <= 70; second++) {
            if (second === 60) t.sim.pauseSource('app', true);
            t.advance(1000);
            for (let p = 0; p < s.partitions; p++) {
              const part = t.partition('events', p);
              // Offsets stay ordered: log start <= high watermark <= log end.
              expect(part.logStartOffset).toBeLessThanOrEqual(part.highWatermark);
              expect(part.highWatermark).toBeLessThanOrEqual(part.logEndOffset);
              // A committed offset never moves back, and never passes the highest high watermark the partition
              // reached. The current one can be lower for a while after a leader change: a new leader starts from the
              // high watermark its last fetch response carried (Partition.makeLeader), which trails the old leader's
              // by as long as that response took to cross a throttled link.
              const c = t.committed('readers', 'events')[p]!;
              expect(c).toBeGreaterThanOrEqual(committedSeen.get(p) ?? -1);
              expect(c).toBeLessThanOrEqual(t.sim.topics.get('events')!.replicas[p]!.ackedFrontier);
              committedSeen.set(p, c);
            }
          }
          const app = t.delivery('app');
          expect(app.recordsLost).toBe(0);
          expect(app.recordsDuplicated).toBe(0);
          // Order within each partition holds for every record the group read.
          expect(t.group('readers').outOfOrder).toBe(0);
          // Every acknowledged record is in the log below the high watermark.
          let hw = 0;
          for (let p = 0; p < s.partitions; p++) hw += t.partition('events', p).highWatermark;
          expect(hw).toBeGreaterThanOrEqual(app.recordsAcked);
          expect(pastHighWatermark).toBe(0);
        }),
        { numRuns: RUNS, seed: 20261126 },
      );
    } finally {
      GroupRuntime.prototype.onDelivered = original;
    }
    console.log(`replication properties: ${runs} random fault schedules ran`);
    expect(runs).toBe(RUNS);
  }, 300_000);
});
