import type { SnapshotLayout } from '../engine';

/** Whether two layouts name the same indexes, so the page's copy still reads new snapshots right. */
export function sameLayout(a: SnapshotLayout, b: SnapshotLayout): boolean {
  if (a.length !== b.length) return false;
  if (a.partitions.length !== b.partitions.length || a.groups.length !== b.groups.length) return false;
  if (a.groupPartitions.length !== b.groupPartitions.length) return false;
  for (let i = 0; i < a.partitions.length; i++) {
    const x = a.partitions[i]!,
      y = b.partitions[i]!;
    if (x.topic !== y.topic || x.partition !== y.partition) return false;
  }
  for (let i = 0; i < a.groups.length; i++) {
    const x = a.groups[i]!,
      y = b.groups[i]!;
    if (x.node !== y.node || x.groupId !== y.groupId) return false;
  }
  for (let i = 0; i < a.groupPartitions.length; i++) {
    const x = a.groupPartitions[i]!,
      y = b.groupPartitions[i]!;
    if (x.group !== y.group || x.partition !== y.partition) return false;
  }
  return true;
}
