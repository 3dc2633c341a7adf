// The flat snapshot the worker sends many times a second: one Float64Array, no objects, so posting it
// costs microseconds. Its layout (which index is which) changes only with the design and is sent once.
import type { GroupState } from '../kafka/group/types';
import type { Simulation } from './simulation';

export const GROUP_STATES: readonly GroupState[] = [
  'Empty',
  'PreparingRebalance',
  'CompletingRebalance',
  'Stable',
  'Dead',
];

/** Header: simulated time, then counts. */
export const HEADER = ['simulatedMs', 'partitions', 'groups', 'groupPartitions'] as const;
/** Per partition: offsets and the inbound rate. */
export const PARTITION_FIELDS = [
  'logStartOffset',
  'logEndOffset',
  'highWatermark',
  'recordsInPerSec',
] as const;
/** Per group. */
export const GROUP_FIELDS = ['state', 'generation', 'members', 'lag', 'recordsPerSec', 'duplicates'] as const;
/** Per group and subscribed partition: committed offset (-1: none) and the owning member's index (-1: none). */
export const GROUP_PARTITION_FIELDS = ['committed', 'owner'] as const;

export interface SnapshotLayout {
  partitions: { topic: string; partition: number }[];
  groups: { node: string; groupId: string }[];
  /** For each group, the partitions (indexes into `partitions`) it subscribes to. */
  groupPartitions: { group: number; partition: number }[];
  length: number;
}

export function snapshotLayout(sim: Simulation): SnapshotLayout {
  const partitions: SnapshotLayout['partitions'] = [];
  const index = new Map<string, number>();
  for (const topic of sim.topics.values())
    for (let p = 0; p < topic.partitionCount; p++) {
      index.set(`${topic.name}\u0000${p}`, partitions.length);
      partitions.push({ topic: topic.name, partition: p });
    }
  const groups = [...sim.groups.values()].map((g) => ({ node: g.nodeId, groupId: g.groupId }));
  const groupPartitions: SnapshotLayout['groupPartitions'] = [];
  [...sim.groups.values()].forEach((g, gi) => {
    for (const t of g.subscribedTopics()) {
      const count = sim.topics.get(t)!.partitionCount;
      for (let p = 0; p < count; p++)
        groupPartitions.push({ group: gi, partition: index.get(`${t}\u0000${p}`)! });
    }
  });
  const length =
    HEADER.length +
    partitions.length * PARTITION_FIELDS.length +
    groups.length * GROUP_FIELDS.length +
    groupPartitions.length * GROUP_PARTITION_FIELDS.length;
  return { partitions, groups, groupPartitions, length };
}

/** Writes the current state into `out` (allocated by the caller, `layout.length` long) and returns it. */
export function writeSnapshot(sim: Simulation, layout: SnapshotLayout, out: Float64Array): Float64Array {
  let i = 0;
  out[i++] = sim.nowMs;
  out[i++] = layout.partitions.length;
  out[i++] = layout.groups.length;
  out[i++] = layout.groupPartitions.length;
  const m = sim.metrics;
  for (const { topic, partition } of layout.partitions) {
    const t = sim.topics.get(topic);
    const log = t?.partitions[partition];
    out[i++] = log ? log.logStartOffset : 0;
    out[i++] = log ? log.logEndOffset : 0;
    out[i++] = t && log ? t.highWatermark(partition) : 0;
    out[i++] = m.latest(`partition:${topic}/${partition}/records-in`);
  }
  const groupList = layout.groups.map((g) => sim.groups.get(g.node));
  for (let gi = 0; gi < groupList.length; gi++) {
    const g = groupList[gi];
    out[i++] = g ? GROUP_STATES.indexOf(g.coordinator.state) : GROUP_STATES.indexOf('Dead');
    out[i++] = g ? g.coordinator.generation : 0;
    out[i++] = g ? g.coordinator.memberCount() : 0;
    out[i++] = g ? g.lag() : 0;
    out[i++] = g ? m.latest(`group:${g.nodeId}/records`) : 0;
    out[i++] = g ? g.duplicates : 0;
  }
  for (const { group, partition } of layout.groupPartitions) {
    const g = groupList[group];
    const { topic, partition: p } = layout.partitions[partition]!;
    out[i++] = g ? g.coordinator.committedOffset(topic, p) : -1;
    out[i++] = g
      ? ownerIndex(g.coordinator.memberIds(), (id) => g.coordinator.assignmentOf(id), topic, p)
      : -1;
  }
  return out;
}

function ownerIndex(
  members: string[],
  assignmentOf: (id: string) => Record<string, number[]> | undefined,
  topic: string,
  partition: number,
): number {
  for (let k = 0; k < members.length; k++)
    if (assignmentOf(members[k]!)?.[topic]?.includes(partition)) return k;
  return -1;
}
