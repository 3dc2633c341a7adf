// Small reads of the engine's report that lessons' checks share: a group by its design node, a topic by name,
// which members hold no partition. Each returns null (or 0) for what is not there yet, so a check written
// with them is false, never a crash, while a design is still starting.
import type { GroupReport, PartitionReport, SimulationReport } from '../engine';

export function groupOf(report: SimulationReport, node: string): GroupReport | null {
  return report.groups.find((g) => g.node === node) ?? null;
}

export function partitionsOf(report: SimulationReport, topic: string): PartitionReport[] {
  return report.topics.find((t) => t.name === topic)?.partitions ?? [];
}

/** Partitions a member holds, over all topics. */
export function heldPartitions(member: GroupReport['members'][number]): number {
  let held = 0;
  for (const partitions of Object.values(member.assignment)) held += partitions.length;
  return held;
}

/** Members in the group that hold no partition (they poll and get nothing). */
export function idleMembers(group: GroupReport): number {
  return group.members.filter((m) => heldPartitions(m) === 0).length;
}

/** The group's members all have their assignment and the group is not rebalancing. */
export function settled(group: GroupReport | null, members: number): group is GroupReport {
  return group !== null && group.state === 'Stable' && group.members.length === members;
}

/** Records in the topic's partitions (log end minus log start, summed). */
export function retainedRecords(report: SimulationReport, topic: string): number {
  return partitionsOf(report, topic).reduce((sum, p) => sum + p.logEndOffset - p.logStartOffset, 0);
}

export function sourceOf(report: SimulationReport, node: string) {
  return report.sources.find((s) => s.node === node) ?? null;
}

/** A number as a lesson says it: whole, with thousands separated. */
export function figure(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** "1 consumer", "3 consumers". */
export function count(n: number, word: string): string {
  return `${figure(n)} ${word}${n === 1 ? '' : 's'}`;
}

// Per-partition reads (lessons L2 and L6).

/** A group's lag on each partition of a topic: high watermark minus its committed offset (0 before a commit). */
export function partitionLags(report: SimulationReport, group: GroupReport, topic: string): number[] {
  const committed = group.committed[topic] ?? [];
  return partitionsOf(report, topic).map((p) => {
    const offset = committed[p.partition];
    return offset === null || offset === undefined ? 0 : Math.max(0, p.highWatermark - offset);
  });
}
