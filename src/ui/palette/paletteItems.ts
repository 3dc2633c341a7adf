import type { PaletteKind } from '../canvas/addFromPalette';
import { KIND_COLOURS } from '../theme/kinds';

export interface PaletteItem {
  kind: PaletteKind;
  /** The button's accessible name: exactly the Kafka word. */
  label: string;
  hint: string;
  colour: string;
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  { kind: 'source', label: 'Source', hint: 'A producer application', colour: KIND_COLOURS.source },
  { kind: 'topic', label: 'Topic', hint: 'A log split into partitions', colour: KIND_COLOURS.topic },
  {
    kind: 'partition',
    label: 'Partition',
    hint: 'One more partition: drop it on a topic',
    colour: KIND_COLOURS.topic,
  },
  { kind: 'sink', label: 'Sink', hint: 'A consumer group', colour: KIND_COLOURS.sink },
  {
    kind: 'processor',
    label: 'Processor',
    hint: 'Consumes a topic, transforms, produces to another',
    colour: KIND_COLOURS.processor,
  },
];
