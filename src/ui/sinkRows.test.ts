import { describe, expect, it } from 'vitest';
import { describeMembers, toSinkRows } from './sinkRows';
import { group, member, report } from './reports.testing';

describe('toSinkRows', () => {
  it('names each group after its sink node and counts members with no partitions as idle', () => {
    const rows = toSinkRows(
      report({
        groups: [
          group({
            generation: 3,
            lag: 2451,
            lagTrend: 'growing',
            members: [
              member('a', { orders: [0, 1] }),
              member('b', { orders: [2] }),
              member('c', { orders: [] }),
              member('d', {}),
            ],
            pendingMembers: [
              { clientId: 'e', status: 'joining' },
              { clientId: 'f', status: 'joining' },
              { clientId: 'g', status: 'crashed' },
            ],
          }),
        ],
      }),
      { database: 'Database' },
    );
    expect(rows).toEqual([
      {
        groupId: 'database',
        name: 'Database',
        state: 'Stable',
        generation: 3,
        members: 4,
        idle: 2,
        pending: ['2 joining', '1 crashed'],
        lag: 2451,
        lagTrend: 'growing',
        recordsPerSec: 0,
      },
    ]);
    expect(describeMembers(rows[0]!)).toBe('4 (2 idle, 2 joining, 1 crashed)');
  });

  it('does not call members idle while the group is rebalancing and nobody has partitions yet', () => {
    const rows = toSinkRows(
      report({
        groups: [
          group({ state: 'PreparingRebalance', generation: 0, members: [member('a', {}), member('b', {})] }),
        ],
      }),
      {},
    );
    expect(describeMembers(rows[0]!)).toBe('2');
  });

  it('falls back to the group id when the node has no name', () => {
    expect(toSinkRows(report({ groups: [group({ groupId: 'billing', node: 'n1' })] }), {})[0]!.name).toBe(
      'billing',
    );
  });
});

describe('describeMembers', () => {
  it('is just the count when every member has partitions', () => {
    expect(describeMembers({ members: 3, idle: 0, pending: [] })).toBe('3');
    expect(describeMembers({ members: 4, idle: 1, pending: [] })).toBe('4 (1 idle)');
  });
});

describe('toSinkRows with node ids JavaScript objects also have', () => {
  it('names a group "constructor" with no known node name by its group id, not by Object', () => {
    // Node names arrive from the worker as a plain object, which has an inherited "constructor".
    const nodeNames = JSON.parse('{"__proto__":"Archive"}') as Record<string, string>;
    const rows = toSinkRows(
      report({
        groups: [
          group({ node: '__proto__', groupId: '__proto__' }),
          group({ node: 'constructor', groupId: 'constructor' }),
        ],
      }),
      nodeNames,
    );
    expect(rows.map((r) => r.name)).toEqual(['Archive', 'constructor']);
  });
});
