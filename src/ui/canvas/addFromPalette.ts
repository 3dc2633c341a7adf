// What a palette item does when dropped at a point or pressed: a new node there, or one more partition.
import type { XYPosition } from '@xyflow/react';
import { edits, type NodeKind } from '../../engine';
import type { FranzStore } from '../../store/store';
import { nodesById } from '../nodes/shared/lookups';
import { freeSpot } from './dropTarget';

export type PaletteKind = NodeKind | 'partition';
/** The drag-and-drop type a palette item carries; its value is the PaletteKind. */
export const PALETTE_MIME = 'application/x-franz-kind';

const KINDS: readonly PaletteKind[] = ['source', 'topic', 'partition', 'sink', 'processor'];
export const isPaletteKind = (value: string): value is PaletteKind => (KINDS as string[]).includes(value);

/** Roughly half a node's width, so a new node lands centred under the pointer, its heading at it. */
const GRAB = { x: 112, y: 20 };

export function partitionWarning(topic: string, partitions: number): string {
  return (
    `Topic ${topic} now has ${partitions} partitions: keyed records map to partitions by ` +
    `murmur2(key) % ${partitions}, so existing keys may move (as in Kafka).`
  );
}

/** A new node of `kind` centred at `point` (flow coordinates), added as one undo step and selected. */
export function addNodeAt(store: FranzStore, kind: NodeKind, point: XYPosition): string {
  const { doc, apply, select } = store.getState();
  const taken = doc.nodes.flatMap((n) => (n.position ? [n.position] : []));
  const spot = freeSpot({ x: point.x - GRAB.x, y: point.y - GRAB.y }, taken);
  const added = edits.addNode(doc, kind, spot);
  apply(added.doc);
  select([added.id]);
  return added.id;
}

/** One more partition on the topic, with Kafka's warning about keyed records; or why not. */
export function addPartitionTo(store: FranzStore, topicId: string | null): void {
  const { doc, apply, notify, select } = store.getState();
  if (topicId === null) {
    notify('warning', 'A partition must be dropped on a topic: drop it on the topic that should grow.');
    return;
  }
  const result = edits.addPartition(doc, topicId);
  if (!result.ok) {
    notify('warning', result.error);
    return;
  }
  apply(result.doc);
  select([topicId]);
  const topic = nodesById(result.doc).get(topicId);
  if (topic?.kind === 'topic') notify('warning', partitionWarning(topic.name, topic.config.partitions));
}

/** The topic among the selected nodes, for a Partition added from the keyboard. */
export function selectedTopic(store: FranzStore): string | null {
  const { doc, selection } = store.getState();
  const nodes = nodesById(doc);
  return selection.find((id) => nodes.get(id)?.kind === 'topic') ?? null;
}
