// The regex subscription: KafkaConsumer.subscribe(Pattern) matches topic names, and the consumer (with KIP-848,
// the broker, in RE2J) checks the pattern against the cluster's topics at each metadata refresh
// (metadata.max.age.ms): a topic created later that matches joins the subscription, and the group rebalances.
import { edits, type PipelineDocument } from '../../engine';
import type { Lesson } from '../lesson';
import { figure, groupOf, partitionsOf, settled } from '../reportQueries';

const SINK = 'fulfilment';
const NEW_TOPIC = 'orders-eu';
/** metadata.max.age.ms of Fulfilment: 15 s here instead of Kafka's 5 minutes, so the lesson need not wait. */
const METADATA_MS = 15_000;

const reads = (g: ReturnType<typeof groupOf>, topic: string) =>
  g !== null && g.members.some((m) => (m.assignment[topic] ?? []).length > 0);

/** What the palette's Topic, a rename and a drag from EU shop make. */
function addOrdersEu(doc: PipelineDocument): PipelineDocument {
  const added = edits.addNode(doc, 'topic', { x: 320, y: 240 });
  const named = edits.rename(added.doc, added.id, NEW_TOPIC);
  if (!named.ok) throw new Error(named.error);
  const wired = edits.connect(named.doc, 'eu-shop', added.id);
  if (!wired.ok) throw new Error(wired.error);
  return wired.doc;
}

export const regexSubscription: Lesson = {
  id: 'regex',
  title: 'A regex subscription',
  corrects: 'Kafka has no wildcard topic support (the seed article).',
  learn:
    'A consumer can subscribe to a pattern; a topic created later that matches is read after the next metadata refresh.',
  seed: 7,
  speed: 5,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: a regex subscription',
    nodes: [
      { id: 'us-shop', kind: 'source', name: 'US shop', position: { x: 0, y: 20 }, config: { rate: 200 } },
      { id: 'eu-shop', kind: 'source', name: 'EU shop', position: { x: 0, y: 240 }, config: { rate: 100 } },
      {
        id: 't-orders-us',
        kind: 'topic',
        name: 'orders-us',
        position: { x: 320, y: 0 },
        config: { partitions: 2 },
      },
      {
        id: SINK,
        kind: 'sink',
        name: 'Fulfilment',
        position: { x: 660, y: 120 },
        config: {
          groupId: 'fulfilment',
          subscriptionPattern: 'orders-.*',
          autoOffsetReset: 'earliest',
          metadataMaxAgeMs: METADATA_MS,
        },
      },
    ],
    edges: [{ from: 'us-shop', to: 't-orders-us' }],
  },
  steps: [
    {
      do: 'Select Fulfilment: it has no edge, its subscription is the pattern orders-.* . Watch it read orders-us.',
      watch: "Fulfilment's member in the inspector: its partitions of orders-us.",
      check: ({ report }) => {
        const g = groupOf(report, SINK);
        return settled(g, 1) && reads(g, 'orders-us') && g.recordsConsumed > 0;
      },
      progress: ({ report }) =>
        `Fulfilment read ${figure(groupOf(report, SINK)?.recordsConsumed ?? 0)} records`,
      because:
        'KafkaConsumer.subscribe(Pattern.compile("orders-.*")) subscribes to every topic whose whole name ' +
        'matches. The seed article says Kafka has "no wildcard topic support"; with respect, that is not so: ' +
        'pattern subscriptions have been in the consumer for years, and with KIP-848 the broker matches them.',
      withinMs: 30_000,
    },
    {
      do: 'Add a topic from the palette, name it orders-eu, and connect EU shop to it.',
      watch:
        'Fulfilment picks orders-eu up by itself within metadata.max.age.ms (15 s here): its member gets its partition.',
      check: ({ report }, notes) => {
        const written = partitionsOf(report, NEW_TOPIC).reduce((sum, p) => sum + p.logEndOffset, 0);
        if (written > 0) notes.writtenAtMs ??= report.simulatedMs;
        const g = groupOf(report, SINK);
        const committed = g?.committed[NEW_TOPIC] ?? [];
        return (
          settled(g, 1) &&
          reads(g, NEW_TOPIC) &&
          reads(g, 'orders-us') &&
          committed.length > 0 &&
          committed.every((o) => o !== null && o > 0)
        );
      },
      progress: ({ report }) => {
        const g = groupOf(report, SINK);
        const written = partitionsOf(report, NEW_TOPIC).reduce((sum, p) => sum + p.logEndOffset, 0);
        return `orders-eu holds ${figure(written)} records; Fulfilment ${reads(g, NEW_TOPIC) ? 'reads it' : 'does not read it yet'}`;
      },
      because:
        'Nobody touched Fulfilment. At its next metadata refresh (metadata.max.age.ms, 5 minutes by default) the ' +
        'consumer saw a new topic matching orders-.*, rejoined its group, and the rebalance gave it orders-eu. ' +
        'auto.offset.reset=earliest let it read what EU shop wrote before that refresh; with latest it would ' +
        'have skipped those records.',
      act: [{ kind: 'edit', edit: addOrdersEu }],
      withinMs: 60_000,
    },
  ],
  names: [
    { name: 'KafkaConsumer.subscribe(Pattern)', what: 'subscribes to every topic whose name matches' },
    { name: 'metadata.max.age.ms', what: 'how often the consumer looks for new matching topics (5 minutes)' },
    { name: 'auto.offset.reset', what: 'where the group starts on the new topic: earliest here' },
  ],
  quiz: {
    question: 'A consumer subscribes to orders-.* and a topic orders-asia is created. When does it read it?',
    options: ['Never: subscribe again', 'At its next metadata refresh', 'Only after a restart'],
    answer: 1,
    why: 'The pattern is checked against the topics at each metadata refresh (metadata.max.age.ms); a match is added and the group rebalances.',
  },
};
