// L4. The idle consumer: a group's consumers split its partitions, at most one consumer per partition, so a
// consumer beyond the partition count gets none and adds nothing (ConsumerPartitionAssignor; the range assignor).
import type { GroupReport } from '../../engine';
import type { Lesson } from '../lesson';
import { count, figure, groupOf, idleMembers, settled } from '../reportQueries';

const SINK = 'billing';

/** The group keeps up: its lag is under two seconds of input and flat or gone (the trend over the last 20 s). */
const keepsUp = (g: GroupReport) => g.lag < 6000 && (g.lagTrend === 'steady' || g.lagTrend === 'caught-up');

export const idleConsumer: Lesson = {
  id: 'L4',
  title: 'The idle consumer',
  corrects: 'More consumers always means more throughput.',
  learn: 'A group gives each partition to one consumer: past the partition count, a consumer sits idle.',
  seed: 4,
  speed: 25,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: the idle consumer',
    nodes: [
      {
        id: 'checkout',
        kind: 'source',
        name: 'Checkout',
        position: { x: 0, y: 40 },
        config: { rate: 3000, keys: { type: 'uniform', count: 1000 } },
      },
      {
        id: 't-orders',
        kind: 'topic',
        name: 'orders',
        position: { x: 320, y: 0 },
        config: { partitions: 3 },
      },
      {
        id: SINK,
        kind: 'sink',
        name: 'Billing',
        position: { x: 640, y: 40 },
        config: { groupId: 'billing', consumers: 2, processingRate: 1200 },
      },
    ],
    edges: [
      { from: 'checkout', to: 't-orders' },
      { from: 't-orders', to: SINK },
    ],
  },
  steps: [
    {
      do: 'Watch Billing for a few seconds: two consumers read orders.',
      watch:
        "Billing's lag on its node and in the Lag chart. Each consumer handles 1,200 records/s; orders gets 3,000.",
      check: ({ report }) => {
        const g = groupOf(report, SINK);
        return settled(g, 2) && g.lagTrend === 'growing';
      },
      progress: ({ report }) => {
        const g = groupOf(report, SINK);
        return g ? `${count(g.members.length, 'consumer')}, lag ${figure(g.lag)}` : 'Starting…';
      },
      because:
        'Two consumers share three partitions: the range assignor gives one of them two partitions (2,000 records/s, ' +
        'more than its 1,200) and the other one (1,000). Together they handle 2,200 of 3,000 records/s, so lag grows.',
      withinMs: 60_000,
    },
    {
      do: 'Select Billing and add a consumer, so its group has 3.',
      watch: 'The lag: it drains, then stays flat. Each consumer now has one partition of 1,000 records/s.',
      check: ({ report }, notes) => {
        const g = groupOf(report, SINK);
        if (!settled(g, 3) || idleMembers(g) !== 0 || !keepsUp(g)) return false;
        notes.rateWithThree = g.recordsPerSec;
        return true;
      },
      progress: ({ report }) => {
        const g = groupOf(report, SINK);
        return g ? `${count(g.members.length, 'consumer')}, lag ${figure(g.lag)}, ${g.lagTrend}` : '';
      },
      because:
        'Three consumers, three partitions: one partition each, 1,000 new records/s against 1,200 of capacity, so ' +
        'the group catches up (at 3,600 records/s while it drains) and then keeps up with the 3,000 that arrive.',
      act: [{ kind: 'addConsumer', node: SINK }],
      withinMs: 60_000,
    },
    {
      do: 'Add a fourth consumer.',
      watch:
        "Billing's members in the inspector: one of the four gets no partition. And the group's records/s.",
      check: ({ report }, notes) => {
        const g = groupOf(report, SINK);
        if (!settled(g, 4) || idleMembers(g) !== 1 || !keepsUp(g)) return false;
        // No more throughput than with three: the rate is noted at whichever report held the previous check, so
        // it may still carry some of the drain; 10% allows for that without letting a real gain through.
        const before = notes.rateWithThree ?? 0;
        return before > 0 && g.recordsPerSec <= before * 1.1;
      },
      progress: ({ report }) => {
        const g = groupOf(report, SINK);
        return g
          ? `${count(g.members.length, 'consumer')}, ${idleMembers(g)} idle, ${figure(g.recordsPerSec)} records/s`
          : '';
      },
      because:
        'A partition goes to one consumer of a group, never two (that is what keeps its order). With three ' +
        'partitions the fourth consumer is assigned nothing: it polls, heartbeats and waits as a hot spare. The ' +
        'group reads as fast as with three.',
      act: [{ kind: 'addConsumer', node: SINK }],
      withinMs: 60_000,
    },
  ],
  names: [
    {
      name: 'partition.assignment.strategy',
      what: 'which assignor splits the partitions (range by default)',
    },
    { name: 'records-lag-max', what: "the consumer's JMX metric for its largest partition lag" },
    { name: 'assigned-partitions', what: "the consumer's JMX metric: 0 on the idle member" },
  ],
  quiz: {
    question: 'A topic has 6 partitions. How many consumers of one group can read it at the same time?',
    options: ['As many as you start', '6', '3', '1'],
    answer: 1,
    why: 'One consumer per partition per group: a 7th consumer would sit idle. Another group reads all 6 again.',
  },
};
