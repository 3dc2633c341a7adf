// The flat snapshot the worker sends many times a second: one Float64Array, no objects, so posting it
// costs microseconds. Its layout (which index is which) changes only with the design and is sent once.
import type { GroupState } from '../kafka/group/types';
import type { SimulationState } from './simulationState';
import type { GroupRuntime } from './groupRuntime';
import type { TopicRuntime } from './topicRuntime';
import type { Series } from '../metrics/series';
import { metricId } from '../metrics/metricId';

export const GROUP_STATES: readonly GroupState[] = [
  'Empty',
  'PreparingRebalance',
  'CompletingRebalance',
  'Stable',
  'Dead',
  // KIP-848's consumer protocol (ConsumerGroupState): after the classic five so their indices stay.
  'Assigning',
  'Reconciling',
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

export function snapshotLayout(state: SimulationState): SnapshotLayout {
  const partitions: SnapshotLayout['partitions'] = [];
  const index = new Map<string, number>();
  for (const topic of state.topics.values())
    for (let p = 0; p < topic.partitionCount; p++) {
      index.set(`${topic.name}\u0000${p}`, partitions.length);
      partitions.push({ topic: topic.name, partition: p });
    }
  const groups = [...state.groups.values()].map((g) => ({ node: g.nodeId, groupId: g.groupId }));
  const groupPartitions: SnapshotLayout['groupPartitions'] = [];
  [...state.groups.values()].forEach((g, gi) => {
    for (const t of g.subscribedTopics()) {
      const count = state.topics.get(t)!.partitionCount;
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

/** What a layout refers to, looked up once per layout rather than on every write. */
interface Resolved {
  partitionIndex: Map<string, number>;
  topics: (TopicRuntime | undefined)[];
  partitionRates: (Series | undefined)[];
  groups: (GroupRuntime | undefined)[];
  groupRates: (Series | undefined)[];
  owners: Int32Array;
}

const resolvedLayouts = new WeakMap<SnapshotLayout, Resolved>();

function resolve(state: SimulationState, layout: SnapshotLayout): Resolved {
  let r = resolvedLayouts.get(layout);
  if (!r) {
    r = {
      partitionIndex: new Map(layout.partitions.map((p, i) => [`${p.topic}\u0000${p.partition}`, i])),
      topics: layout.partitions.map((p) => state.topics.get(p.topic)),
      partitionRates: [],
      groups: layout.groups.map((g) => state.groups.get(g.node)),
      groupRates: [],
      owners: new Int32Array(layout.partitions.length),
    };
    resolvedLayouts.set(layout, r);
  }
  // Series appear with the first metrics sample; look up those still missing.
  const m = state.metrics;
  layout.partitions.forEach(({ topic, partition }, i) => {
    r.partitionRates[i] ??= m.get(metricId.partitionRecordsIn(topic, partition));
  });
  layout.groups.forEach(({ node }, i) => {
    r.groupRates[i] ??= m.get(metricId.groupRecords(node));
  });
  return r;
}

/** Writes the current state into `out` (allocated by the caller, `layout.length` long) and returns it. */
export function writeSnapshot(
  state: SimulationState,
  layout: SnapshotLayout,
  out: Float64Array,
): Float64Array {
  const r = resolve(state, layout);
  let i = 0;
  out[i++] = state.nowMs;
  out[i++] = layout.partitions.length;
  out[i++] = layout.groups.length;
  out[i++] = layout.groupPartitions.length;
  for (let k = 0; k < layout.partitions.length; k++) {
    const t = r.topics[k];
    const p = layout.partitions[k]!.partition;
    const log = t?.partitions[p];
    out[i++] = log ? log.logStartOffset : 0;
    out[i++] = log ? log.logEndOffset : 0;
    out[i++] = t && log ? t.highWatermark(p) : 0;
    out[i++] = r.partitionRates[k]?.last() ?? 0;
  }
  for (let k = 0; k < r.groups.length; k++) {
    const g = r.groups[k];
    out[i++] = GROUP_STATES.indexOf(g ? g.membership.state : 'Dead');
    out[i++] = g ? g.membership.generation : 0;
    out[i++] = g ? g.membership.memberCount() : 0;
    out[i++] = g ? g.lag() : 0;
    out[i++] = r.groupRates[k]?.last() ?? 0;
    out[i++] = g ? g.duplicates : 0;
  }
  let current = -1;
  for (const { group, partition } of layout.groupPartitions) {
    const g = r.groups[group];
    if (group !== current) {
      current = group;
      if (g) fillOwners(g, r);
    }
    const { topic, partition: p } = layout.partitions[partition]!;
    out[i++] = g ? g.coordinator.committedOffset(topic, p) : -1;
    out[i++] = g ? r.owners[partition]! : -1;
  }
  return out;
}

/** owners[partition index] = the index of the member that owns it in the group, or -1. */
function fillOwners(g: GroupRuntime, r: Resolved): void {
  r.owners.fill(-1);
  const ids = g.membership.memberIds();
  for (let k = 0; k < ids.length; k++) {
    const assignment = g.membership.assignmentOf(ids[k]!);
    if (!assignment) continue;
    for (const topic in assignment)
      for (const p of assignment[topic]!) {
        const index = r.partitionIndex.get(`${topic}\u0000${p}`);
        if (index !== undefined) r.owners[index] = k;
      }
  }
}
