import { describe, expect, it } from 'vitest';
import type { PartitionReport } from '../../../engine';
import { group, member, partition, report, topic } from '../../reports.testing';
import { groupColour, memberColour } from '../../theme/colours';
import { topicLanes } from './lanes';

const lane = (p: number, logStartOffset: number, logEndOffset: number) =>
  partition(p, { logStartOffset, logEndOffset });

const orders = (...partitions: PartitionReport[]) => topic('orders', partitions);

describe('topic lanes', () => {
  it('fills each lane by its retained records relative to the partition retaining most', () => {
    const r = report({ topics: [orders(lane(0, 0, 1000), lane(1, 200, 450), lane(2, 0, 0))] });
    const { lanes } = topicLanes('orders', 3, r);
    expect(lanes.map((l) => l.fill)).toEqual([1, 0.25, 0]);
    expect(lanes.map((l) => l.logEndOffset)).toEqual([1000, 450, 0]);
  });

  it("puts each group's marker at its committed offset within the retained log, in the group's colour", () => {
    const r = report({
      topics: [orders(lane(0, 0, 1000), lane(1, 200, 450))],
      groups: [
        group({ node: 'billing', groupId: 'billing', committed: { orders: [750, 300] } }),
        group({ node: 'audit', groupId: 'audit', committed: { orders: [null, 450] } }),
      ],
    });
    const [p0, p1] = topicLanes('orders', 2, r).lanes;
    expect(p0!.markers).toEqual([
      {
        group: 'billing',
        groupId: 'billing',
        colour: groupColour('billing'),
        committed: 750,
        fraction: 0.75,
        x: 0.75,
      },
    ]);
    // Partition 1 retains 250 records (200..450): billing at 300 is 40% in, audit at the end. The lane is
    // a quarter as full as partition 0's, so along the whole lane they sit at 0.1 and 0.25.
    expect(p1!.markers.map((m) => [m.group, m.fraction, m.x])).toEqual([
      ['billing', 0.4, 0.1],
      ['audit', 1, 0.25],
    ]);
  });

  it('clamps a committed offset below the log start (deleted by retention) to the start', () => {
    const r = report({
      topics: [orders(lane(0, 500, 1000))],
      groups: [group({ node: 'slow', committed: { orders: [100] } })],
    });
    expect(topicLanes('orders', 1, r).lanes[0]!.markers[0]!.fraction).toBe(0);
  });

  it("colours each lane as the first reading group's member that owns it", () => {
    const r = report({
      topics: [orders(lane(0, 0, 10), lane(1, 0, 10), lane(2, 0, 10))],
      groups: [
        group({
          node: 'billing',
          committed: { orders: [null, null, null] },
          members: [member('c-a', { orders: [0, 2] }), member('c-b', { orders: [1] })],
        }),
        group({
          node: 'audit',
          committed: { orders: [null, null, null] },
          members: [member('x', { orders: [0, 1, 2] })],
        }),
      ],
    });
    const lanes = topicLanes('orders', 3, r).lanes;
    expect(lanes.map((l) => l.ownerColour)).toEqual([
      memberColour('billing', 0),
      memberColour('billing', 1),
      memberColour('billing', 0),
    ]);
    expect(lanes.map((l) => l.owner)).toEqual(['c-a', 'c-b', 'c-a']);
  });

  it('shows a partition the design just added as an empty lane, before the simulation reports it', () => {
    const r = report({ topics: [orders(lane(0, 0, 40))] });
    const { lanes } = topicLanes('orders', 2, r);
    expect(lanes[1]).toMatchObject({
      partition: 1,
      logEndOffset: 0,
      fill: 0,
      ownerColour: null,
      markers: [],
    });
  });

  it('shows at most twelve lanes and counts the rest', () => {
    const { lanes, hidden } = topicLanes('orders', 20, null);
    expect(lanes).toHaveLength(12);
    expect(hidden).toBe(8);
  });

  it('gives the lanes a scrolled list has in view, filled relative to the whole topic', () => {
    const r = report({
      topics: [orders(...Array.from({ length: 1000 }, (_, p) => lane(p, 0, p === 999 ? 400 : 100)))],
    });
    const { lanes, hidden } = topicLanes('orders', 1000, r, 12, 990);
    expect(lanes.map((l) => l.partition)).toEqual([990, 991, 992, 993, 994, 995, 996, 997, 998, 999]);
    expect(hidden).toBe(990);
    expect(lanes.map((l) => l.fill)).toEqual([0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 1]);
  });
});

describe('topic lanes of topics named like JavaScript properties', () => {
  // The report as the page receives it (JSON or postMessage): plain objects, "__proto__" an own key.
  const received = JSON.parse(
    JSON.stringify(
      report({
        topics: [
          topic('__proto__', [lane(0, 0, 100), lane(1, 0, 50)]),
          topic('constructor', [lane(0, 0, 80)]),
        ],
        groups: [
          group({
            node: 'billing',
            groupId: 'billing',
            committed: Object.fromEntries([['__proto__', [60, null]]]),
            members: [member('billing-1', Object.fromEntries([['__proto__', [0, 1]]]))],
          }),
        ],
      }),
    ),
  ) as ReturnType<typeof report>;

  it('reads a topic named "__proto__" by its own key: marker and owner', () => {
    const [p0, p1] = topicLanes('__proto__', 2, received).lanes;
    expect(p0!.markers.map((m) => [m.groupId, m.committed, m.fraction])).toEqual([['billing', 60, 0.6]]);
    expect([p0!.owner, p1!.owner]).toEqual(['billing-1', 'billing-1']);
  });

  it('finds no reader of a topic named "constructor" in a group that does not read it (not Object.prototype.constructor)', () => {
    const { lanes } = topicLanes('constructor', 1, received);
    expect(lanes[0]).toMatchObject({ logEndOffset: 80, owner: null, ownerColour: null, markers: [] });
  });
});
