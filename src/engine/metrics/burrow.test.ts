// Burrow's rules on lag histories built by hand: first Burrow's own table of cases (caching_test.go, tests 0
// to 15, with its expected result for every rule), then the statuses a planner meets, with their numbers.
import { describe, expect, it } from 'vitest';
import { BrokerOffsetRing, CommitWindow } from './commitWindow';
import {
  evaluatePartition,
  groupStatus,
  lagAlwaysNotZero,
  lagNotDecreasing,
  offsetsRewind,
  offsetsStalled,
  offsetsStopped,
  partitionStatus,
  recentLagZero,
  type BurrowPartitionStatus,
} from './burrow';

/** Commits as [offset, lag (null: unknown), timestamp ms]. */
type Commit = [number, number | null, number];

function windowOf(commits: Commit[], intervals = 10): CommitWindow {
  const w = new CommitWindow(Math.max(intervals, commits.length));
  for (const [offset, lag, ts] of commits) w.push(offset, lag ?? NaN, ts);
  return w;
}

function brokerRing(offsets: number[]): BrokerOffsetRing {
  const ring = new BrokerOffsetRing(Math.max(10, offsets.length));
  for (const o of offsets) ring.push(o);
  return ring;
}

/** Five commits 100 s apart (timestamps 100,000 to 500,000 ms) with these offsets and lags. */
const five = (offsets: number[], lags: number[]): Commit[] =>
  offsets.map((o, i) => [o, lags[i]!, (i + 1) * 100_000]);
const climbing = [1000, 2000, 3000, 4000, 5000];
const still = [1000, 1000, 1000, 1000, 1000];
const rewound = [1000, 2000, 3000, 2000, 4000];
/** A busy consumer committing about every second with lag 0 (Burrow's tests 9 and 10, their timestamps). */
const busy: Commit[] = [
  618356, 619362, 620366, 621367, 622370, 623373, 624378, 625379, 626383, 627383, 628383, 629388, 630391,
  631394, 632397,
].map((ms, i) => [792748079 + i, 0, 1512224000000 + ms]);

interface Case {
  commits: Commit[];
  broker: number[];
  currentLag: number;
  /** In seconds, as Burrow's tests give it. */
  timeNow: number;
  allowedLag: number;
  expect: [boolean, number, boolean, boolean, boolean, boolean, BurrowPartitionStatus];
}

// [isLagAlwaysNotZero, checkIfOffsetsRewind, checkIfOffsetsStopped, checkIfOffsetsStalled,
//  checkIfLagNotDecreasing, checkIfRecentLagZero, status], as in Burrow's table.
const burrowCases: Case[] = [
  {
    commits: five(climbing, [0, 50, 100, 150, 200]),
    broker: [5200],
    currentLag: 200,
    timeNow: 600,
    allowedLag: 0,
    expect: [false, -1, false, false, true, false, 'OK'],
  },
  {
    commits: five(climbing, [0, 50, 100, 150, 200]),
    broker: [5200],
    currentLag: 200,
    timeNow: 900,
    allowedLag: 0,
    expect: [false, -1, false, false, true, false, 'OK'],
  },
  {
    commits: five(climbing, [0, 50, 100, 150, 200]),
    broker: [5200],
    currentLag: 200,
    timeNow: 1000,
    allowedLag: 0,
    expect: [false, -1, true, false, true, false, 'STOP'],
  },
  {
    commits: five(climbing, [50, 100, 150, 200, 250]),
    broker: [5250],
    currentLag: 250,
    timeNow: 1000,
    allowedLag: 0,
    expect: [true, -1, true, false, true, false, 'STOP'],
  },
  {
    commits: five(still, [0, 50, 100, 150, 200]),
    broker: [1200],
    currentLag: 200,
    timeNow: 600,
    allowedLag: 0,
    expect: [false, -1, false, true, true, false, 'OK'],
  },
  {
    commits: five(still, [100, 150, 200, 250, 300]),
    broker: [1300],
    currentLag: 300,
    timeNow: 600,
    allowedLag: 0,
    expect: [true, -1, false, true, true, false, 'STALL'],
  },
  {
    commits: five(still, [100, 100, 100, 100, 100]),
    broker: [1100],
    currentLag: 100,
    timeNow: 600,
    allowedLag: 0,
    expect: [true, -1, false, true, true, false, 'STALL'],
  },
  {
    commits: five(rewound, [100, 150, 200, 1250, 300]),
    broker: [4300],
    currentLag: 300,
    timeNow: 600,
    allowedLag: 0,
    expect: [true, 3, false, false, false, false, 'OK'],
  },
  {
    commits: five(climbing, [50, 100, 150, 200, 250]),
    broker: [5250],
    currentLag: 0,
    timeNow: 1000,
    allowedLag: 0,
    expect: [true, -1, true, false, true, false, 'OK'],
  },
  {
    commits: busy,
    broker: [792749024, 792749000, 792748800, 792748600, 792748500],
    currentLag: 931,
    timeNow: 1512224650,
    allowedLag: 0,
    expect: [false, -1, true, false, true, false, 'STOP'],
  },
  {
    commits: busy,
    broker: [792748094, 792748093, 792748093, 792748093],
    currentLag: 1,
    timeNow: 1512224650,
    allowedLag: 0,
    expect: [false, -1, true, false, true, true, 'OK'],
  },
  {
    commits: [1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000, 5500].map((o, i) => [
      o,
      i % 2 ? null : i * 25,
      100_000 + i * 50_000,
    ]),
    broker: [5700],
    currentLag: 200,
    timeNow: 600,
    allowedLag: 0,
    expect: [false, -1, false, false, true, false, 'OK'],
  },
  {
    commits: [
      [1000, 2, 100_000],
      [2000, 1, 200_000],
      [2000, 1, 300_000],
    ],
    broker: [2001],
    currentLag: 1,
    timeNow: 550,
    allowedLag: 1,
    expect: [false, -1, true, false, false, false, 'OK'],
  },
  {
    commits: five(still, [100, 150, 200, 250, 300]),
    broker: [1300],
    currentLag: 300,
    timeNow: 600,
    allowedLag: 99,
    expect: [true, -1, false, true, true, false, 'STALL'],
  },
  {
    commits: five(rewound, [100, 150, 200, 1250, 300]),
    broker: [4300],
    currentLag: 300,
    timeNow: 600,
    allowedLag: 99,
    expect: [true, 3, false, false, false, false, 'OK'],
  },
  {
    commits: five([1000, 2000, 3000, 2000, 2500], [100, 150, 200, 1250, 300]),
    broker: [4300],
    currentLag: 300,
    timeNow: 600,
    allowedLag: 0,
    expect: [true, 3, false, false, false, false, 'REWIND'],
  },
];

describe("Burrow's own rule table (caching_test.go)", () => {
  burrowCases.forEach((c, i) => {
    it(`test ${i}`, () => {
      const w = windowOf(c.commits);
      const broker = brokerRing(c.broker);
      const nowMs = c.timeNow * 1000;
      expect([
        lagAlwaysNotZero(w, c.allowedLag),
        offsetsRewind(w),
        offsetsStopped(w, nowMs),
        offsetsStalled(w),
        lagNotDecreasing(w),
        recentLagZero(w, broker),
        partitionStatus(w, broker, c.currentLag, nowMs, c.allowedLag),
      ]).toEqual(c.expect);
    });
  });
});

/** Ten auto-commits 5 s apart (auto.commit.interval.ms 5,000), at 0 s to 45 s. */
const tenCommits = (offsets: (i: number) => number, lags: (i: number) => number): CommitWindow =>
  windowOf(Array.from({ length: 10 }, (_, i): Commit => [offsets(i), lags(i), i * 5000]));

describe('partition status on lag histories', () => {
  it('is OK for a consumer that keeps up: its lag at commit goes up and down', () => {
    // 1,000 records/s, committed every 5 s; the lag at commit swings between 400 and 900 records.
    const w = tenCommits(
      (i) => 5000 * i,
      (i) => (i % 2 ? 900 : 400),
    );
    expect(evaluatePartition(w, brokerRing([]), 700, 46_000)).toEqual({ status: 'OK', complete: 1 });
  });

  it('is WARN when offsets advance but the lag at commit only grows', () => {
    // 1,000 records/s in, 600/s processed: each 5 s commit is 3,000 further and 2,000 more behind.
    const w = tenCommits(
      (i) => 3000 * i,
      (i) => 2000 + 2000 * i,
    );
    expect(evaluatePartition(w, brokerRing([]), 20_000, 46_000).status).toBe('WARN');
    // One commit whose lag fell back below the one before is enough for OK.
    const dip = tenCommits(
      (i) => 3000 * i,
      (i) => (i === 7 ? 13_000 : 2000 + 2000 * i),
    );
    expect(evaluatePartition(dip, brokerRing([]), 20_000, 46_000).status).toBe('OK');
  });

  it('is STALL when commits keep coming with the same offset while lag is above zero', () => {
    // The consumer commits offset 42,000 every 5 s and processes nothing; 1,000 records/s keep arriving.
    const w = tenCommits(
      () => 42_000,
      (i) => 500 + 5000 * i,
    );
    expect(evaluatePartition(w, brokerRing([42_500, 47_500]), 46_000, 46_000).status).toBe('STALL');
  });

  it('is STOP once the last commit is older than the span spans, and OK until then', () => {
    // Ten commits from 0 s to 45 s: the allowed gap is 45 s, so at 90 s it is not yet stopped, after it is.
    const w = tenCommits(
      (i) => 5000 * i,
      (i) => (i % 2 ? 900 : 400),
    );
    const laterLogEnds = brokerRing([50_000, 60_000, 70_000, 80_000]);
    expect(evaluatePartition(w, laterLogEnds, 35_500, 90_000).status).toBe('OK');
    expect(evaluatePartition(w, laterLogEnds, 35_500, 90_001).status).toBe('STOP');
    // Not while a recent log end was at or below the last commit (45,000): the consumer was caught up lately.
    expect(evaluatePartition(w, brokerRing([44_000, 60_000]), 35_500, 90_001).status).toBe('OK');
    // And never with no lag now.
    expect(evaluatePartition(w, laterLogEnds, 0, 200_000).status).toBe('OK');
  });

  it('is REWIND when an offset goes back and stays below where it was', () => {
    const offsets = [0, 5000, 10_000, 15_000, 20_000, 8000, 9000, 10_000, 11_000, 12_000];
    const w = tenCommits(
      (i) => offsets[i]!,
      (i) => (i < 5 ? 500 : 13_000),
    );
    expect(offsetsRewind(w)).toBe(5);
    expect(evaluatePartition(w, brokerRing([]), 13_000, 46_000).status).toBe('REWIND');
    // Back at 20,000 it has recovered: the rewind no longer counts.
    w.push(20_000, 6000, 50_000);
    expect(evaluatePartition(w, brokerRing([]), 6000, 51_000).status).not.toBe('REWIND');
  });

  it('judges a span that is not full yet (minimum-complete 0), and can be told to wait for it', () => {
    // Three commits of the same offset with growing lag: STALL, judged at 3 of 10 commits.
    const w = windowOf([
      [1000, 800, 0],
      [1000, 5800, 5000],
      [1000, 10_800, 10_000],
    ]);
    expect(evaluatePartition(w, null, 11_800, 11_000)).toEqual({ status: 'STALL', complete: 0.3 });
    expect(evaluatePartition(w, null, 10_800, 11_000, { allowedLag: 0, minimumComplete: 0.5 }).status).toBe(
      'OK',
    );
    expect(evaluatePartition(new CommitWindow(), null, 5, 0)).toEqual({ status: 'OK', complete: 0 });
  });
});

describe('group status', () => {
  it('is the worst partition status, with STOP, STALL and REWIND as ERR', () => {
    const full = (status: BurrowPartitionStatus) => ({ status, complete: 1 });
    expect(groupStatus([full('OK'), full('OK')])).toEqual({ status: 'OK', complete: 1 });
    expect(groupStatus([full('OK'), full('WARN')]).status).toBe('WARN');
    for (const bad of ['STOP', 'STALL', 'REWIND'] as const)
      expect(groupStatus([full('WARN'), full(bad), full('OK')]).status).toBe('ERR');
    expect(groupStatus([full('OK'), { status: 'OK', complete: 0.4 }]).complete).toBe(0.5);
    expect(groupStatus([]).status).toBe('NOTFOUND');
  });
});
