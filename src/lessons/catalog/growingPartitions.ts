// L3. Growing partitions remaps keys: the default partitioner (BuiltInPartitioner.partitionForKey) places a key
// on murmur2(key) mod the partition count, so kafka-topics.sh --alter --partitions moves most keys to another
// partition; records of a moved key then sit in two partitions, read apart, and can be read out of order.
import { edits, partitionForKey, utf8, type PipelineDocument } from '../../engine';
import type { Lesson } from '../lesson';
import { count, figure, groupOf, heldPartitions, partitionsOf, settled } from '../reportQueries';

const SINK = 'billing';
const TOPIC_ID = 't-orders';
const TOPIC = 'orders';
const KEYS = Array.from({ length: 100 }, (_, i) => `customer-${i + 1}`);
const BEFORE = 6;
const AFTER = 8;
/** metadata.max.age.ms for Shop and Billing: 10 s instead of Kafka's 5 minutes, so the lesson need not wait. */
const METADATA_MS = 10_000;

/** The lesson's keys whose partition changes from 6 to 8 partitions, by the engine's own murmur2. */
export const MOVED_KEYS = KEYS.filter(
  (k) => partitionForKey(utf8(k), BEFORE) !== partitionForKey(utf8(k), AFTER),
);
const MOVED = MOVED_KEYS.length;
const example = MOVED_KEYS[0]!;

const grow = (doc: PipelineDocument): PipelineDocument => {
  const result = edits.updateConfig(doc, TOPIC_ID, { partitions: AFTER });
  if (!result.ok) throw new Error(result.error);
  return result.doc;
};

export const growingPartitions: Lesson = {
  id: 'L3',
  title: 'Growing partitions remaps keys',
  corrects: 'Adding partitions is harmless.',
  learn:
    'murmur2(key) mod partitions changes with the count: most keys move, and their order across the move breaks.',
  seed: 3,
  speed: 10,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: growing partitions remaps keys',
    nodes: [
      {
        id: 'shop',
        kind: 'source',
        name: 'Shop',
        position: { x: 0, y: 40 },
        config: { rate: 600, keys: { type: 'list', values: KEYS }, metadataMaxAgeMs: METADATA_MS },
      },
      {
        id: TOPIC_ID,
        kind: 'topic',
        name: TOPIC,
        position: { x: 320, y: 0 },
        config: { partitions: BEFORE },
      },
      {
        id: SINK,
        kind: 'sink',
        name: 'Billing',
        position: { x: 640, y: 40 },
        config: {
          groupId: 'billing',
          consumers: AFTER,
          processingRate: 70,
          autoOffsetReset: 'earliest',
          metadataMaxAgeMs: METADATA_MS,
        },
      },
    ],
    edges: [
      { from: 'shop', to: TOPIC_ID },
      { from: TOPIC_ID, to: SINK },
    ],
  },
  steps: [
    {
      do: 'Watch Billing fall behind on orders: 100 customers as keys over 6 partitions, 8 consumers (2 idle).',
      watch: `orders' inspector: type ${example} in its key tracer to see its partition now and with 8.`,
      check: ({ report }) => {
        const g = groupOf(report, SINK);
        return settled(g, AFTER) && g.lag >= 2000 && g.keyOutOfOrder === 0;
      },
      progress: ({ report }) => {
        const g = groupOf(report, SINK);
        return g ? `lag ${figure(g.lag)}, ${count(g.keyOutOfOrder, 'record')} of a key out of order` : '';
      },
      because:
        'Each customer’s records go to partition murmur2(key) mod 6 and wait there in order. Billing is behind: ' +
        'every partition holds a backlog of older records.',
      withinMs: 60_000,
    },
    {
      do: 'Select orders and set its Partitions to 8.',
      watch:
        "The two idle consumers get the new partitions 6 and 7 and read them at once. Billing's out of order figures.",
      check: ({ report }) => {
        const g = groupOf(report, SINK);
        const parts = partitionsOf(report, TOPIC);
        return (
          parts.length === AFTER &&
          parts[AFTER - 1]!.logEndOffset > 0 &&
          settled(g, AFTER) &&
          g.members.every((m) => heldPartitions(m) === 1) &&
          g.keyOutOfOrder > 0
        );
      },
      progress: ({ report }) => {
        const g = groupOf(report, SINK);
        const parts = partitionsOf(report, TOPIC);
        return g
          ? `${count(parts.length, 'partition')}, ${count(g.keyOutOfOrder, 'record')} of a key read after a later one`
          : '';
      },
      because:
        'Within metadata.max.age.ms (10 s here, 5 minutes by default) Shop and Billing saw 8 partitions. ' +
        `With 8, ${MOVED} of the 100 keys (${MOVED}%) land on another partition: a key stays only where ` +
        'murmur2 mod 6 equals mod 8, 6 residues of 24, so about 75% move. A moved key’s new records went to a ' +
        'partition read at once, while its older records still waited in the old partition’s backlog: Billing ' +
        'read them after later ones. Kafka keeps order per partition, and the partition changed.',
      act: [{ kind: 'edit', edit: grow }],
      withinMs: 120_000,
    },
  ],
  names: [
    {
      name: 'partitioner.class',
      what: 'the default one places a keyed record by murmur2(key) mod partitions',
    },
    { name: 'kafka-topics.sh --alter --partitions', what: 'grows a topic; partitions can never shrink' },
    {
      name: 'metadata.max.age.ms',
      what: 'how soon producers and consumers see the new partitions at the latest',
    },
    {
      name: 'auto.offset.reset',
      what: 'earliest here: a new partition has no committed offset, and latest would skip what came before',
    },
  ],
  quiz: {
    question: 'A topic goes from 6 to 8 partitions. About how many keys keep their partition?',
    options: ['All of them', 'About 75%', 'About 25%', 'None'],
    answer: 2,
    why: 'A key stays only where h mod 6 = h mod 8: 6 of every 24 hash values, a quarter. Three quarters move.',
  },
};
