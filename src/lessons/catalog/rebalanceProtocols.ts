// L8. Rebalancing under four protocols, side by side on one topic: the classic protocol's eager rebalance (the
// range assignor, one generation), the cooperative-sticky assignor's incremental rebalance (KIP-429: two
// generations, only the moved partitions revoked), KIP-848's consumer protocol (group.protocol=consumer: the
// coordinator computes the target and each member reconciles on its own, with no group-wide barrier) and static
// membership (KIP-345, group.instance.id: a member back within session.timeout.ms takes its partitions back with
// no rebalance at all).
import type { GroupReport, SimulationReport } from '../../engine';
import type { CheckInput, Lesson, LessonNotes } from '../lesson';
import { figure, groupOf, heldPartitions, settled } from '../reportQueries';

const EAGER = 'eager';
const COOPERATIVE = 'cooperative';
const KIP848 = 'kip848';
const STATIC = 'static';
const GROUPS = [EAGER, COOPERATIVE, KIP848, STATIC];

/** The member's partitions of `clicks` as a 12-bit mask, so a note (a number) can remember them. */
function mask(member: GroupReport['members'][number]): number {
  return (member.assignment.clicks ?? []).reduce((m, p) => m | (1 << p), 0);
}

/** Partitions whose owner changed between the masks noted at the baseline and the group now. */
function moved(g: GroupReport, notes: LessonNotes, prefix: string): number {
  let kept = 0;
  for (const m of g.members) {
    const before = notes[`${prefix}:${m.clientId}`] ?? 0;
    kept += popcount(before & mask(m));
  }
  return 12 - kept;
}

function popcount(n: number): number {
  let c = 0;
  for (let v = n; v !== 0; v &= v - 1) c++;
  return c;
}

function remember(g: GroupReport, notes: LessonNotes, prefix: string): void {
  notes[`${prefix}:generation`] = g.generation;
  notes[`${prefix}:rebalances`] = g.rebalances;
  for (const m of g.members) notes[`${prefix}:${m.clientId}`] = mask(m);
}

function line(report: SimulationReport, node: string): string {
  const g = groupOf(report, node);
  if (!g) return `${node} starting`;
  return `${g.groupId}: ${g.state}, ${figure(g.members.length)} members, generation ${figure(g.generation)}`;
}

const lines =
  (...nodes: string[]) =>
  ({ report }: CheckInput) =>
    nodes.map((n) => line(report, n)).join('; ');

export const rebalanceProtocols: Lesson = {
  id: 'L8',
  title: 'Rebalancing: eager, cooperative, static, KIP-848',
  corrects: 'Rebalances are free, or: in a rebalance everyone must stop.',
  learn:
    'How much a new member costs depends on the protocol: eager revokes everything, cooperative-sticky moves only ' +
    'what must move, the consumer protocol has no group-wide barrier, and a static member can come back without any.',
  seed: 8,
  speed: 5,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: rebalance protocols',
    nodes: [
      { id: 'clicks', kind: 'source', name: 'Clicks', position: { x: 0, y: 260 }, config: { rate: 480 } },
      {
        id: 't-clicks',
        kind: 'topic',
        name: 'clicks',
        position: { x: 320, y: 240 },
        config: { partitions: 12 },
      },
      {
        id: EAGER,
        kind: 'sink',
        name: 'Eager',
        position: { x: 680, y: 0 },
        config: { groupId: 'eager', consumers: 4, processingRate: 200, assignor: 'range' },
      },
      {
        id: COOPERATIVE,
        kind: 'sink',
        name: 'Cooperative',
        position: { x: 680, y: 170 },
        config: {
          groupId: 'cooperative',
          consumers: 4,
          processingRate: 200,
          assignor: 'cooperative-sticky',
        },
      },
      {
        id: KIP848,
        kind: 'sink',
        name: 'KIP-848',
        position: { x: 680, y: 340 },
        config: { groupId: 'kip848', consumers: 4, processingRate: 200, groupProtocol: 'consumer' },
      },
      {
        id: STATIC,
        kind: 'sink',
        name: 'Static',
        position: { x: 680, y: 510 },
        config: { groupId: 'static', consumers: 4, processingRate: 200, staticMembership: true },
      },
    ],
    edges: [{ from: 'clicks', to: 't-clicks' }, ...GROUPS.map((to) => ({ from: 't-clicks', to }))],
  },
  steps: [
    {
      do: 'Watch the four groups settle: each has 4 consumers reading 3 of the 12 partitions of clicks.',
      watch: 'Each group node: its state, generation and members (select one to see its inspector).',
      check: ({ report }, notes) => {
        for (const node of GROUPS) {
          const g = groupOf(report, node);
          if (!settled(g, 4) || g.members.some((m) => heldPartitions(m) !== 3)) return false;
        }
        for (const node of GROUPS) remember(groupOf(report, node) as GroupReport, notes, node);
        return true;
      },
      progress: lines(...GROUPS),
      because:
        'Every group reads all 12 partitions on its own: 4 members, 3 partitions each. Three are classic groups ' +
        '(a generation counts their rebalances); KIP-848 counts a group epoch instead, one per member that joined.',
      withinMs: 30_000,
    },
    {
      do: 'Add a 5th consumer to Eager and to Cooperative (select each, "Add consumer").',
      watch: "Their generations and their members' partitions in the inspector.",
      check: ({ report }, notes) => {
        const eager = groupOf(report, EAGER);
        const coop = groupOf(report, COOPERATIVE);
        if (!settled(eager, 5) || !settled(coop, 5)) return false;
        notes.coopMoved = moved(coop, notes, COOPERATIVE);
        return (
          eager.generation === (notes[`${EAGER}:generation`] ?? -9) + 1 &&
          coop.generation === (notes[`${COOPERATIVE}:generation`] ?? -9) + 2 &&
          notes.coopMoved >= 2 &&
          notes.coopMoved <= 3
        );
      },
      progress: lines(EAGER, COOPERATIVE),
      because:
        'Eager (range): one rebalance, generation +1, but every member revoked all its partitions first, all 12, ' +
        'and rejoined empty-handed: the whole group stops until the new assignment comes back. Cooperative-sticky ' +
        '(KIP-429): generation +2, two rounds. In the first, members keep what stays theirs and revoke only what ' +
        'must move; in the second, the freed partitions go to the newcomer. Only those partitions stopped.',
      act: [
        { kind: 'addConsumer', node: EAGER },
        { kind: 'addConsumer', node: COOPERATIVE },
      ],
      withinMs: 30_000,
    },
    {
      do: 'Add a 5th consumer to KIP-848.',
      watch:
        'Its members in the inspector: the newcomer waits (UNRELEASED_PARTITIONS) while the others stay STABLE and ' +
        'their records consumed keep rising.',
      check: ({ report }, notes) => {
        const g = groupOf(report, KIP848);
        if (!g || g.members.length !== 5) return false;
        const base = notes[`${KIP848}:generation`] ?? -9;
        // Members whose partitions the target leaves alone: their consumption while the newcomer reconciles.
        let uninvolved = 0;
        for (const m of g.members) {
          const before = notes[`${KIP848}:${m.clientId}`];
          if (before !== undefined && before === mask(m) && m.memberState === 'STABLE')
            uninvolved += m.recordsConsumed;
        }
        // From the first report with the newcomer in the group (it may already be reconciling, or done: the
        // reconciliation lasts about one heartbeat, which a report can fall either side of).
        if (notes.kip848Reconciling === undefined) notes.kip848Reconciling = uninvolved;
        else if (uninvolved > notes.kip848Reconciling) notes.kip848KeptConsuming = 1;
        if (g.members.some((m) => m.reconciling)) return false;
        return g.state === 'Stable' && g.groupEpoch === base + 1 && notes.kip848KeptConsuming === 1;
      },
      progress: ({ report }) => {
        const g = groupOf(report, KIP848);
        if (!g) return '';
        const waiting = g.members.filter((m) => m.reconciling).length;
        return `kip848: group epoch ${figure(g.groupEpoch ?? 0)}, ${figure(g.members.length)} members, ${figure(waiting)} reconciling`;
      },
      because:
        'Under the consumer protocol (group.protocol=consumer) the coordinator bumps the group epoch once and ' +
        'computes a target assignment; each member reconciles on its own heartbeat. The members that give up a ' +
        'partition release it, the newcomer takes it when it is free, and the members not involved never stop: ' +
        'there is no JoinGroup/SyncGroup barrier for the whole group.',
      act: [{ kind: 'addConsumer', node: KIP848 }],
      withinMs: 30_000,
    },
    {
      do: 'Select Static and press Restart on one of its members.',
      watch: 'Its generation and its members: the restarted member is closed for 10 s, then back.',
      check: ({ report }, notes) => {
        const g = groupOf(report, STATIC);
        if (!g) return false;
        // The restarted member comes back under a new member id, listed last: find it by its client id.
        const down = g.members.find((m) => m.status !== 'active');
        if (down) {
          notes.staticDown = 1;
          notes[`down:${down.clientId}`] = mask(down);
          return false;
        }
        const back = g.members.find((m) => notes[`down:${m.clientId}`] !== undefined);
        return (
          notes.staticDown === 1 &&
          settled(g, 4) &&
          back !== undefined &&
          mask(back) === notes[`down:${back.clientId}`] &&
          g.generation === notes[`${STATIC}:generation`] &&
          g.rebalances === notes[`${STATIC}:rebalances`]
        );
      },
      progress: ({ report }) => {
        const g = groupOf(report, STATIC);
        if (!g) return '';
        return `static: generation ${figure(g.generation)}, rebalances ${figure(g.rebalances)}, ${g.members
          .map((m) => `${m.clientId} ${m.status}`)
          .join(', ')}`;
      },
      because:
        "With group.instance.id (KIP-345) the coordinator keeps a static member's place while it is away, up to " +
        'session.timeout.ms: no LeaveGroup on close, no rebalance when it comes back. It rejoined with the same ' +
        'group.instance.id and got the same partitions; the generation and the rebalance count did not move. Only ' +
        'its own partitions waited for those 10 s.',
      act: [{ kind: 'fault', fault: { type: 'consumer-restart', node: STATIC } }],
      withinMs: 30_000,
    },
  ],
  names: [
    { name: 'partition.assignment.strategy', what: 'range (eager) or cooperative-sticky (KIP-429)' },
    { name: 'generation', what: "a classic group's rebalance counter" },
    { name: 'group.protocol', what: 'classic or consumer (KIP-848)' },
    { name: 'group epoch', what: "a KIP-848 group's counter: +1 per membership change" },
    { name: 'group.instance.id', what: 'static membership (KIP-345)' },
    { name: 'session.timeout.ms', what: 'how long a static member may be away without a rebalance' },
  ],
  quiz: {
    question: 'A group uses cooperative-sticky and a 5th consumer joins 4. What happens to the partitions?',
    options: [
      'All 12 are revoked and reassigned in one rebalance',
      'Only the partitions that move are revoked, over two rebalances',
      'Nothing moves until a member leaves',
    ],
    answer: 1,
    why: 'KIP-429: members keep what stays theirs; the moved partitions are revoked in round one and assigned in round two (generation +2).',
  },
};
