// Brings the running simulation in line with a (new version of the) design document, changing only
// what changed, as Kafka allows it live: topics grow, groups rebalance, producers restart.
import type { ProducerBroker } from '../kafka/producer/producerCluster';
import { compileTopicPattern } from '../kafka/group/topicPattern';
import { groupIdOf } from '../model/validate';
import type { PipelineDocument, PipelineNode } from '../model/schema';
import { GroupRuntime } from './groupRuntime';
import { ProcessorRuntime } from './processorRuntime';
import type { ProducerRuntime } from './producerRuntime';
import { SourceRuntime } from './sourceRuntime';
import { TopicRuntime } from './topicRuntime';
import { consumerSettings } from './consumerSettings';
import type { Refusal } from './refusal';
import type { SimulationState } from './simulationState';

type SinkNode = Extract<PipelineNode, { kind: 'sink' }>;
type ProcessorNode = Extract<PipelineNode, { kind: 'processor' }>;

/** Applies `doc`; returns the changes Kafka would refuse (they are skipped, the rest applies). */
export function reconcile(state: SimulationState, doc: PipelineDocument): Refusal[] {
  const now = state.nowMs;
  const refused: Refusal[] = state.cluster.applyConfig(doc.cluster, now);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const targetsOf = (id: string) => doc.edges.filter((e) => e.from === id).map((e) => byId.get(e.to)!);
  const inputsOf = (id: string) => doc.edges.filter((e) => e.to === id).map((e) => byId.get(e.from)!);

  // Topics first: everything else refers to them.
  for (const [id, topic] of state.topicsByNode) {
    const node = byId.get(id);
    if (!node || node.kind !== 'topic' || node.name !== topic.name) {
      state.topicsByNode.delete(id);
      state.topics.delete(topic.name);
      topic.delete();
      state.emit('config', topic.name, `topic ${topic.name} deleted`);
    }
  }
  for (const node of doc.nodes) {
    if (node.kind !== 'topic') continue;
    const topic = state.topicsByNode.get(node.id);
    if (!topic) {
      let created: TopicRuntime;
      try {
        created = new TopicRuntime(
          node.id,
          node.name,
          node.config,
          state.retainedPerPartition,
          doc.cluster.logRetentionCheckIntervalMs,
          state.cluster,
          now,
        );
      } catch (e) {
        // The controller's CreateTopics answer: too few brokers for the replication factor.
        refused.push({
          node: node.id,
          setting: 'replicationFactor',
          running: null,
          message: `Unable to replicate the partition ${node.config.replicationFactor} time(s): ${(e as Error).message}`,
        });
        continue;
      }
      state.topicsByNode.set(node.id, created);
      state.topics.set(node.name, created);
      continue;
    }
    const runningFactor = topic.config.replicationFactor;
    if (node.config.replicationFactor !== runningFactor) {
      // kafka-topics.sh --alter refuses --replication-factor: only a partition reassignment changes it.
      refused.push({
        node: node.id,
        setting: 'replicationFactor',
        running: runningFactor,
        message: `the replication factor of a running topic cannot change (Kafka changes it by partition reassignment): the running topic keeps ${runningFactor}; Reset to start with ${node.config.replicationFactor}`,
      });
    }
    if (node.config.partitions < topic.partitionCount) {
      // ReplicationControlManager.createPartitions: "The topic x currently has 5 partition(s); 3 would not
      // be an increase." (INVALID_PARTITIONS).
      refused.push({
        node: node.id,
        setting: 'partitions',
        running: topic.partitionCount,
        message: `partitions cannot be reduced (Kafka never shrinks a topic): the running topic keeps ${topic.partitionCount}; Reset to start with ${node.config.partitions}`,
      });
    } else if (node.config.partitions > topic.partitionCount) {
      const before = topic.partitionCount;
      try {
        topic.grow(node.config.partitions, now);
      } catch (e) {
        refused.push({
          node: node.id,
          setting: 'partitions',
          running: topic.partitionCount,
          message: `cannot add partitions: ${(e as Error).message}`,
        });
        continue;
      }
      state.emit(
        'partitions-added',
        topic.name,
        `${topic.name}: ${before} -> ${node.config.partitions} partitions; keyed records now map to partitions by murmur2 % ${node.config.partitions}`,
      );
    }
    topic.applyConfig({
      ...node.config,
      partitions: topic.partitionCount,
      replicationFactor: topic.config.replicationFactor,
    });
  }

  // Sources.
  for (const id of [...state.sources.keys()]) if (byId.get(id)?.kind !== 'source') state.sources.delete(id);
  for (const node of doc.nodes) {
    if (node.kind !== 'source') continue;
    let source = state.sources.get(node.id);
    if (!source) {
      source = new SourceRuntime(node.id, node.name, node.config, state.keys, state.rng, now);
      register(state, source.producer);
      state.sources.set(node.id, source);
    } else source.applyConfig(node.config, now);
    source.producer.sender.roundTripMs = clientRoundTrips(state, node.config.rack);
    source.producer.setTopics(topicRuntimes(state, targetsOf(node.id)));
  }

  // Consumer groups: sinks and the consuming side of processors.
  for (const [id, group] of state.groups) {
    const node = byId.get(id);
    if (!node || (node.kind !== 'sink' && node.kind !== 'processor') || groupIdOf(node) !== group.groupId) {
      for (const m of group.members) m.close();
      group.coordinator.markDead();
      state.groups.delete(id);
      state.processors.delete(id);
    }
  }
  for (const node of doc.nodes) {
    if (node.kind !== 'sink' && node.kind !== 'processor') continue;
    const topicList = subscription(state, node, () => inputsOf(node.id));
    let group = state.groups.get(node.id);
    if (!group) {
      group = new GroupRuntime(
        node.id,
        groupIdOf(node),
        consumerSettings(node.config),
        topicList,
        state.topics,
        doc.cluster.groupInitialRebalanceDelayMs,
        state.emit,
      );
      group.subscriptionPattern = node.config.subscriptionPattern;
      state.groups.set(node.id, group);
    } else {
      const assignorChanged = group.settings.assignor !== node.config.assignor;
      Object.assign(group.settings, consumerSettings(node.config));
      group.useProtocol(group.settings);
      group.coordinator.initialRebalanceDelayMs = doc.cluster.groupInitialRebalanceDelayMs;
      if (assignorChanged) {
        // A new partition.assignment.strategy takes a rolling restart; the group rebalances with it.
        group.coordinator.assignor = node.config.assignor;
        group.coordinator.requestRebalance(now, `assignor changed to ${node.config.assignor}`);
      }
      group.setTopicList(topicList, node.config.subscriptionPattern);
    }
    group.clientLink.configure(node.config.networkMBps);
    group.rack = node.config.rack;
    group.cluster = state.cluster;
    if (node.kind === 'processor') {
      let processor = state.processors.get(node.id);
      if (!processor) {
        processor = new ProcessorRuntime(node.id, node.name, node.config, group, state.keys, state.rng, now);
        register(state, processor.producer);
        state.processors.set(node.id, processor);
      } else processor.applyConfig(node.config);
      processor.producer.sender.roundTripMs = clientRoundTrips(state, node.config.rack);
      processor.producer.setTopics(topicRuntimes(state, targetsOf(node.id)));
    }
    // A killed processor's consumers stay down until it is restarted.
    if (!state.processors.get(node.id)?.killed) group.scaleTo(node.config.consumers);
  }
  return refused;
}

/** A producer's round trip to a broker, from its client.rack and the broker's broker.rack. */
function clientRoundTrips(state: SimulationState, rack: string | null): (broker: ProducerBroker) => number {
  const trips = state.cluster.roundTrips;
  return (broker) => trips.between(rack, broker.rack);
}

/** Numbers a new producer: the log keeps the number with its records. */
function register(state: SimulationState, producer: ProducerRuntime): void {
  state.producers.register(producer);
  producer.emit = state.emit;
}

function topicRuntimes(state: SimulationState, nodes: PipelineNode[]): TopicRuntime[] {
  const out: TopicRuntime[] = [];
  for (const n of nodes) {
    const t = n && n.kind === 'topic' ? state.topicsByNode.get(n.id) : undefined;
    if (t) out.push(t);
  }
  return out;
}

/** The topics a group subscribes to: its connected topics, or every topic its pattern matches. */
function subscription(
  state: SimulationState,
  node: SinkNode | ProcessorNode,
  inputs: () => PipelineNode[],
): () => string[] {
  const pattern = node.config.subscriptionPattern;
  if (pattern !== null) {
    // Whole topic names, in linear time (RE2J, KIP-848); validation refused what does not compile.
    const compiled = compileTopicPattern(pattern);
    if (!compiled.ok) return () => [];
    // Each name is matched once: the list is asked for on every fetch and rebalance.
    const matched = new Map<string, boolean>();
    const matches = (name: string): boolean => {
      let hit = matched.get(name);
      if (hit === undefined) matched.set(name, (hit = compiled.pattern.matches(name)));
      return hit;
    };
    return () => [...state.topics.keys()].filter(matches).sort();
  }
  const names = inputs()
    .filter((n) => n.kind === 'topic')
    .map((n) => n.name)
    .sort();
  return () => names;
}
