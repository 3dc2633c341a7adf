// Properties that hold for any pipeline and any sequence of joins, leaves and crashes (fast-check, seeded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

const RUNS = 30;

const scenario = fc.record({
  partitions: fc.integer({ min: 1, max: 8 }),
  consumers: fc.integer({ min: 1, max: 6 }),
  assignor: fc.constantFrom('range', 'roundrobin', 'sticky', 'cooperative-sticky'),
  rate: fc.integer({ min: 10, max: 3000 }),
  keyed: fc.boolean(),
  enableAutoCommit: fc.boolean(),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  /** At these seconds (of the first 40), something happens to the group. */
  faults: fc.array(
    fc.record({ atS: fc.integer({ min: 1, max: 40 }), what: fc.constantFrom('add', 'remove', 'crash') }),
    { maxLength: 4 },
  ),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): TestSim {
  return new TestSim({ seed: s.seed })
    .topic('events', { partitions: s.partitions })
    .source('app', { rate: s.rate, keys: s.keyed ? { type: 'uniform', count: 64 } : { type: 'none' } }, [
      'events',
    ])
    .sink(
      'group',
      {
        consumers: s.consumers,
        assignor: s.assignor,
        enableAutoCommit: s.enableAutoCommit,
        autoOffsetReset: 'earliest',
        sessionTimeoutMs: 10_000,
      },
      ['events'],
    )
    .start();
}

/** Runs the faults, then pauses the source and lets the group catch up with at least one live consumer. */
function play(s: Scenario, t: TestSim, everySecond: (t: TestSim) => void): void {
  for (let second = 1; second <= 40; second++) {
    t.advance(1000);
    for (const f of s.faults.filter((x) => x.atS === second)) {
      if (f.what === 'add') t.sim.addConsumer('group');
      else if (f.what === 'remove') t.sim.removeConsumer('group');
      else t.sim.crashConsumer('group');
    }
    everySecond(t);
  }
  if (t.state.groups.get('group')!.liveMembers().length === 0) t.sim.addConsumer('group');
  t.sim.pauseSource('app', true);
  for (let second = 0; second < 60; second++) {
    t.advance(1000);
    everySecond(t);
  }
}

describe('properties over random groups and faults', () => {
  it(`hold for ${RUNS} random scenarios`, () => {
    let runs = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        runs++;
        const t = build(s);
        play(s, t, (t) => {
          const report = t.group('group');
          const ends = t.logEndOffsets('events');
          // Every record the source produced is acknowledged, failed or in flight.
          const app = t.state.sources.get('app')!.producer;
          expect(app.recordsSent).toBe(app.recordsAcked + app.recordsFailed + app.recordsInFlight);
          // The committed offset never passes the log-end offset.
          t.committed('group', 'events').forEach((c, p) => expect(c).toBeLessThanOrEqual(ends[p]!));
          // In a stable group every partition has exactly one owner.
          if (report.state === 'Stable' && report.members.length > 0) {
            const owned = report.members.flatMap((m) => m.assignment.events ?? []).sort((a, b) => a - b);
            expect(owned).toEqual(Array.from({ length: s.partitions }, (_, p) => p));
          }
        });
        // Every record reached the group at least once.
        const group = t.state.groups.get('group')!;
        const delivered = group.counters.get('events')!.deliveredMark;
        expect(delivered).toEqual(t.logEndOffsets('events'));
        expect(group.recordsDelivered).toBeGreaterThanOrEqual(
          t.logEndOffsets('events').reduce((a, b) => a + b, 0),
        );
        // Order within a partition: offsets are dense and timestamps of the one producer never go back.
        for (const log of t.state.topics.get('events')!.partitions) {
          for (let o = Math.max(log.logStartOffset, log.windowStartOffset()) + 1; o < log.logEndOffset; o++)
            expect(log.timestampAt(o)).toBeGreaterThanOrEqual(log.timestampAt(o - 1));
        }
      }),
      { numRuns: RUNS, seed: 20261125 },
    );
    console.log(`properties: ${runs} random scenarios ran`);
    expect(runs).toBe(RUNS);
  }, 120_000);
});
