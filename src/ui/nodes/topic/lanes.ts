// A topic's partitions as lanes: how much each partition retains, where each group has committed, and
// which member of the first group owns it. Pure, so the numbers are pinned by tests.
import { ownValue, type GroupReport, type SimulationReport } from '../../../engine';
import { groupColour, memberColour } from '../../theme/colours';
import { indexReport } from '../shared/lookups';

/** Lanes in view at once: a topic of more partitions scrolls them in a box this many lanes high (LaneList). */
export const MAX_LANES = 12;

export interface LaneMarker {
  /** The group's node id. */
  group: string;
  groupId: string;
  colour: string;
  committed: number;
  /** Where the committed offset sits in the retained log: 0 at the log start, 1 at the log end. */
  fraction: number;
  /** The same position along the whole lane (the fill is `fill` of it): fraction x fill. */
  x: number;
}

export interface Lane {
  partition: number;
  logStartOffset: number;
  logEndOffset: number;
  /** Retained records (log end - log start) relative to the partition retaining most: 0..1. */
  fill: number;
  /** The colour of the first group's member that owns this partition, as on the sink's chip. */
  ownerColour: string | null;
  owner: string | null;
  markers: LaneMarker[];
  /** The high watermark, and where it sits along the whole lane (as a marker's `x`). */
  highWatermark: number;
  hwX: number;
  /** Each replica's log end offset and place along the lane; in assignment order. */
  replicas: LaneReplica[];
}

export interface LaneReplica {
  brokerId: number;
  logEndOffset: number;
  leader: boolean;
  inIsr: boolean;
  x: number;
}

export interface TopicLanes {
  lanes: Lane[];
  /** Partitions not in `lanes`: before `first` and past `first + maxLanes`. */
  hidden: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The groups that read this topic, in report order (the first one colours the lanes). The report's records
 * are keyed by topic name and arrive as plain objects, so a topic named "constructor" is read as an own key.
 */
function readers(topic: string, report: SimulationReport | null): GroupReport[] {
  return report ? report.groups.filter((g) => ownValue(g.committed, topic) !== undefined) : [];
}

function owner(group: GroupReport | undefined, topic: string, partition: number) {
  if (!group) return null;
  const index = group.members.findIndex((m) => ownValue(m.assignment, topic)?.includes(partition));
  const member = group.members[index];
  return member ? { colour: memberColour(group.node, index), clientId: member.clientId } : null;
}

/**
 * Lanes for `partitions` partitions of topic `topic` (the design's count: a partition just added shows
 * as an empty lane until the simulation reports it): `maxLanes` of them from partition `first`, the ones a
 * scrolled lane list has in view. Fills are relative to the whole topic, so a lane looks the same scrolled.
 */
export function topicLanes(
  topic: string,
  partitions: number,
  report: SimulationReport | null,
  maxLanes = MAX_LANES,
  first = 0,
): TopicLanes {
  const reported = report ? indexReport(report).topics.get(topic)?.partitions : undefined;
  const offsets = Array.from({ length: partitions }, (_, p) => ({
    start: reported?.[p]?.logStartOffset ?? 0,
    end: reported?.[p]?.logEndOffset ?? 0,
  }));
  const along = (offset: number, start: number, retained: number, fill: number) =>
    (retained > 0 ? clamp01((offset - start) / retained) : 1) * fill;
  let maxRetained = 0;
  for (const o of offsets) maxRetained = Math.max(maxRetained, o.end - o.start);
  const groups = readers(topic, report);
  const from = Math.min(Math.max(0, first), partitions);
  const shown = offsets.slice(from, from + maxLanes);
  const lanes = shown.map(({ start, end }, i): Lane => {
    const partition = from + i;
    const retained = Math.max(0, end - start);
    const fill = maxRetained > 0 ? retained / maxRetained : 0;
    const markers: LaneMarker[] = [];
    for (const g of groups) {
      const committed = ownValue(g.committed, topic)?.[partition];
      if (committed === null || committed === undefined) continue;
      const fraction = retained > 0 ? clamp01((committed - start) / retained) : 1;
      markers.push({
        group: g.node,
        groupId: g.groupId,
        colour: groupColour(g.node),
        committed,
        fraction,
        x: fraction * fill,
      });
    }
    const own = owner(groups[0], topic, partition);
    const part = reported?.[partition];
    const hw = part?.highWatermark ?? 0;
    const replicas = (part?.replicas ?? []).map((brokerId, r): LaneReplica => ({
      brokerId,
      logEndOffset: part!.replicaLogEndOffsets[r] ?? 0,
      leader: brokerId === part!.leader,
      inIsr: part!.isr.includes(brokerId),
      x: along(part!.replicaLogEndOffsets[r] ?? 0, start, retained, fill),
    }));
    return {
      partition,
      logStartOffset: start,
      logEndOffset: end,
      fill,
      ownerColour: own?.colour ?? null,
      owner: own?.clientId ?? null,
      markers,
      highWatermark: hw,
      hwX: along(hw, start, retained, fill),
      replicas,
    };
  });
  return { lanes, hidden: partitions - lanes.length };
}
