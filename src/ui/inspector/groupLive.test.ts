import { describe, expect, it } from 'vitest';
import type { GroupReport } from '../../engine';
import { describeAssignment, describeDrain, describeEviction, memberLines } from './groupLive';

const running = { crashed: false, note: null, slowedTo: null };

const member = (
  clientId: string,
  assignment: Record<string, number[]>,
  more: Partial<GroupReport['members'][number]> = {},
) => ({
  memberId: `${clientId}-uuid`,
  clientId,
  assignment,
  recordsConsumed: 0,
  status: 'active',
  evictionInMs: null,
  slowedTo: null,
  ...more,
});

function group(state: GroupReport['state'], members: GroupReport['members']): GroupReport {
  return {
    groupId: 'analytics',
    node: 'analytics',
    state,
    generation: 3,
    rebalances: 3,
    assignor: 'range',
    members,
    pendingMembers: [],
    committed: {},
    lag: 0,
    recordsConsumed: 0,
    bytesConsumed: 0,
    recordsPerSec: 0,
    duplicates: 0,
    reprocessed: 0,
    recordsSkipped: 0,
    commitsFailed: 0,
    outOfOrder: 0,
    keyOutOfOrder: 0,
    timeLagMs: 0,
    lagTrend: 'steady',
    lagSlopePerSec: 0,
    timeToDrainMs: null,
    status: 'OK',
    partitionStatus: {},
    lagSeconds: 0,
    consumersNeeded: 1,
    partitionsLimit: 1,
    latencyMs: null,
  };
}

describe('the live group', () => {
  it('lists each member with its partitions per topic', () => {
    expect(describeAssignment({ telemetry: [1], 'user-events': [0, 2, 4] })).toBe(
      'telemetry 1 · user-events 0, 2, 4',
    );
    expect(describeAssignment({ orders: [] })).toBe('');
  });

  it('marks members with nothing to read as idle once the group is Stable', () => {
    const members = [member('consumer-1', { orders: [0, 1, 2] }), member('consumer-2', { orders: [] })];
    expect(memberLines(group('Stable', members))).toEqual([
      { ...running, clientId: 'consumer-1', partitions: 'orders 0, 1, 2', idle: false, index: 0 },
      { ...running, clientId: 'consumer-2', partitions: '', idle: true, index: 1 },
    ]);
    // Mid-rebalance nobody is idle: they wait for their assignment.
    expect(memberLines(group('CompletingRebalance', members)).map((m) => m.idle)).toEqual([false, false]);
  });

  it("counts a crashed member down to its eviction, and names a slowed one's rate", () => {
    const members = [
      member('consumer-1', { orders: [0] }, { slowedTo: 12 }),
      member('consumer-2', { orders: [1] }, { status: 'crashed', evictionInMs: 37_200 }),
    ];
    const lines = memberLines(group('Stable', members));
    expect(lines.map((l) => [l.crashed, l.note])).toEqual([
      [false, 'slowed to 12 records/s'],
      [true, 'crashed · evicted in 38 s'],
    ]);
    expect(describeEviction(0)).toBe('evicted now');
    expect(describeEviction(1)).toBe('evicted in 1 s');
    expect(describeEviction(300_000)).toBe('evicted in 5 min');
  });

  it('says when lag will be gone, roughly', () => {
    expect(describeDrain(null)).toBeNull();
    expect(describeDrain(400)).toBe('under a second');
    expect(describeDrain(35_400)).toBe('about 35 s');
    expect(describeDrain(600_000)).toBe('about 10 min');
    expect(describeDrain(3 * 3_600_000)).toBe('about 3 hours');
  });
});

describe('describeAssignment of topics named like JavaScript properties', () => {
  it('words "__proto__" and "toString" as topics, from a report that came through JSON', () => {
    const assignment = JSON.parse('{"toString":[0,1],"__proto__":[2]}') as Record<string, number[]>;
    expect(describeAssignment(assignment)).toBe('__proto__ 2 · toString 0, 1');
  });
});
