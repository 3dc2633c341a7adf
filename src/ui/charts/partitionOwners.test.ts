import { describe, expect, it } from 'vitest';
import type { GroupReport } from '../../engine';
import { memberColour } from '../theme/colours';
import { partitionOwners, partitionOwnersKey } from './partitionOwners';

describe('partition owners', () => {
  it("maps each owned partition's label to its member's colour, as the chips colour the members", () => {
    const group = {
      node: 'billing',
      members: [{ assignment: { orders: [0, 1] } }, { assignment: { orders: [2] } }, { assignment: {} }],
    } as unknown as GroupReport;
    const owners = partitionOwners(partitionOwnersKey(group));
    expect([...owners]).toEqual([
      ['orders-0', memberColour('billing', 0)],
      ['orders-1', memberColour('billing', 0)],
      ['orders-2', memberColour('billing', 1)],
    ]);
    expect(partitionOwners(partitionOwnersKey(undefined)).size).toBe(0);
  });
});
