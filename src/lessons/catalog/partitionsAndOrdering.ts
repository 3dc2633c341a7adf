// L2. Partitions and ordering: the default partitioner (BuiltInPartitioner, murmur2 of the key modulo the
// partition count) sends every record of a key to one partition, and a partition is read in offset order, so a
// key's records stay in order; across partitions nothing orders them (KafkaConsumer reads each at its own pace).
import { partitionForKey, utf8 } from '../../engine';
import type { Lesson } from '../lesson';
import { count, figure, groupOf, partitionLags, settled } from '../reportQueries';

const SINK = 'shipping';
const TOPIC = 'orders';
const KEYS = Array.from({ length: 10 }, (_, i) => `order-${i + 1}`);
const PARTITIONS = 3;

/** "partition 0: order-2, order-3, …" for each partition, as the default partitioner places the lesson's keys. */
const placement = Array.from({ length: PARTITIONS }, (_, p) => {
  const keys = KEYS.filter((k) => partitionForKey(utf8(k), PARTITIONS) === p);
  return `partition ${p}: ${keys.join(', ')}`;
}).join('; ');

export const partitionsAndOrdering: Lesson = {
  id: 'L2',
  title: 'Partitions and ordering',
  corrects: 'A topic is ordered.',
  learn:
    "Order holds per partition, so per key; a topic's partitions are read apart, in no order across them.",
  seed: 2,
  speed: 10,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: partitions and ordering',
    nodes: [
      {
        id: 'shop',
        kind: 'source',
        name: 'Shop',
        position: { x: 0, y: 40 },
        config: { rate: 300, keys: { type: 'list', values: KEYS } },
      },
      {
        id: 't-orders',
        kind: 'topic',
        name: TOPIC,
        position: { x: 320, y: 0 },
        config: { partitions: PARTITIONS },
      },
      {
        id: SINK,
        kind: 'sink',
        name: 'Shipping',
        position: { x: 640, y: 40 },
        config: { groupId: 'shipping', consumers: 3, processingRate: 300 },
      },
    ],
    edges: [
      { from: 'shop', to: 't-orders' },
      { from: 't-orders', to: SINK },
    ],
  },
  steps: [
    {
      do: 'Watch Shipping read orders: three consumers, one partition each.',
      watch: "Shipping's inspector: each member's partition, and the records it reads. Out of order: 0.",
      check: ({ report }) => {
        const g = groupOf(report, SINK);
        return settled(g, 3) && g.recordsConsumed >= 3000 && g.outOfOrder === 0;
      },
      progress: ({ report }) => {
        const g = groupOf(report, SINK);
        return g
          ? `${figure(g.recordsConsumed)} records read, ${count(g.outOfOrder, 'record')} out of order`
          : '';
      },
      because:
        `The default partitioner puts a key on partition murmur2(key) mod 3 (${placement}), so every record of ` +
        'order-7 lands on the same partition, in the order Shop sent it, and one consumer reads that partition in ' +
        'offset order: no record of a key overtakes another.',
      withinMs: 60_000,
    },
    {
      do: 'Select Shipping and press Slow on one of its consumers.',
      watch:
        "The lag of that consumer's partition grows while the other two stay near 0. Out of order stays 0.",
      check: ({ report }) => {
        const g = groupOf(report, SINK);
        if (!settled(g, 3) || g.outOfOrder !== 0) return false;
        const lags = partitionLags(report, g, TOPIC);
        const slow = Math.max(...lags);
        const others = lags.filter((l) => l !== slow);
        return (
          slow >= 1000 &&
          g.timeLagMs >= 10_000 &&
          others.length === PARTITIONS - 1 &&
          others.every((l) => l <= slow / 5)
        );
      },
      progress: ({ report }) => {
        const g = groupOf(report, SINK);
        if (!g) return '';
        const lags = partitionLags(report, g, TOPIC);
        return `lag by partition ${lags.map(figure).join(' / ')}, oldest unread ${Math.round(g.timeLagMs / 1000)} s`;
      },
      because:
        'Records Shop wrote seconds ago to the two fast partitions are read already, while older ones on the slow ' +
        'partition still wait: the topic as a whole is not read in the order it was written, and Kafka never said it ' +
        'would be. Yet nothing is out of order for any key, because each key lives on one partition. Order what ' +
        'must stay in order by giving it one key.',
      act: [{ kind: 'fault', fault: { type: 'consumer-slow', node: SINK, processingRate: 30 } }],
      withinMs: 120_000,
    },
  ],
  names: [
    {
      name: 'partitioner.class',
      what: 'the default one places a keyed record by murmur2(key) mod partitions',
    },
    { name: 'records-lag', what: "the consumer's JMX metric per partition: one partition can lag alone" },
    {
      name: 'max.in.flight.requests.per.connection',
      what: 'up to 5 keeps order per partition with idempotence on',
    },
  ],
  quiz: {
    question:
      'Records with keys A and B go to different partitions. B is written after A. Which is read first?',
    options: ['A, always', 'B, always', 'Either: only records of one partition are read in order'],
    answer: 2,
    why: 'Kafka orders records within a partition. Across partitions each consumer reads at its own pace.',
  },
};
