import { describe, expect, it } from 'vitest';
import { group, member } from '../../reports.testing';
import { memberColour } from '../../theme/colours';
import { memberChips, partitionList, pendingSummary } from './memberChips';

describe('member chips', () => {
  it("lists each member's partitions in the member's colour, without the group prefix", () => {
    const chips = memberChips(
      group({
        node: 'analytics',
        groupId: 'analytics',
        members: [
          member('analytics-consumer-1-0001', { orders: [3, 0] }),
          member('analytics-consumer-2-0002', { orders: [1], payments: [0] }),
        ],
      }),
    );
    expect(chips.map((c) => [c.label, c.partitions, c.colour])).toEqual([
      ['consumer-1-0001', 'orders-0, orders-3', memberColour('analytics', 0)],
      ['consumer-2-0002', 'orders-1, payments-0', memberColour('analytics', 1)],
    ]);
  });

  it('marks a member of a Stable group with no partitions as idle, and explains why', () => {
    const [, second] = memberChips(
      group({ state: 'Stable', members: [member('a', { orders: [0] }), member('b', { orders: [] })] }),
    );
    expect(second).toMatchObject({ idle: true, partitions: 'idle' });
    expect(second!.title).toMatch(/beyond the partition count/);
  });

  it('does not call a member idle while the group is rebalancing', () => {
    const [chip] = memberChips(group({ state: 'CompletingRebalance', members: [member('a', {})] }));
    expect(chip).toMatchObject({ idle: false, partitions: 'waiting for assignment' });
  });

  it('shortens a long partition list', () => {
    expect(partitionList({ t: [0, 1, 2, 3, 4, 5, 6, 7] })).toBe('t-0, t-1, t-2, t-3, t-4, t-5 +2');
  });

  it('counts pending consumers by status', () => {
    const g = group({
      pendingMembers: [
        { clientId: 'a', status: 'joining' },
        { clientId: 'b', status: 'joining' },
        { clientId: 'c', status: 'crashed' },
      ],
    });
    expect(pendingSummary(g)).toBe('2 joining, 1 crashed');
  });
});

describe('member chips of topics named like JavaScript properties', () => {
  it('lists "__proto__" and "constructor" partitions from a report that came through JSON', () => {
    const assignment = JSON.parse('{"constructor":[1],"__proto__":[2,0]}') as Record<string, number[]>;
    const [chip] = memberChips(group({ members: [member('database-consumer-1-0001', assignment)] }));
    expect(chip!.partitions).toBe('__proto__-0, __proto__-2, constructor-1');
    expect(chip!.idle).toBe(false);
  });
});
