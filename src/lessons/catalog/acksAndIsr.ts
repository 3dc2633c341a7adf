// L11. acks, the ISR, min.insync.replicas and unclean leader election: an acks=all write is acknowledged once every
// in-sync replica has it (Partition.appendRecordsToLeader refuses it with NOT_ENOUGH_REPLICAS while the ISR is
// smaller than min.insync.replicas), the high watermark is the ISR's smallest log end offset, and an unclean election
// (unclean.leader.election.enable, ReplicationControlManager) lets a replica outside the ISR lead with a shorter log.
import type { PipelineDocument, SimulationReport } from '../../engine';
import type { CheckInput, Lesson, LessonNotes } from '../lesson';
import { figure, partitionsOf, sourceOf } from '../reportQueries';

const TOPIC = 'payments';
const SOURCE = 'payments-api';
/** Simulated ms the high watermark must stand still before the lesson calls it stopped. */
const STILL_MS = 3000;

function partition(report: SimulationReport) {
  return partitionsOf(report, TOPIC)[0] ?? null;
}

function brokerStatus(report: SimulationReport, id: number): string {
  return report.brokers.find((b) => b.id === id)?.status ?? '';
}

/**
 * The high watermark moved by at least `records` since the step first saw the partition in the state asked for
 * (kept in notes under `key`); a change of state starts the count again.
 */
function hwMoved(report: SimulationReport, notes: LessonNotes, key: string, records: number): boolean {
  const p = partition(report);
  if (!p) return false;
  if (notes[key] === undefined || notes[key] < 0) {
    notes[key] = p.highWatermark;
    return false;
  }
  return p.highWatermark - notes[key] >= records;
}

function line({ report }: CheckInput): string {
  const p = partition(report);
  const s = sourceOf(report, SOURCE);
  if (!p || !s) return 'Starting…';
  return (
    `leader ${p.leader}, ISR [${p.isr.join(', ')}], high watermark ${figure(p.highWatermark)}; ` +
    `acked ${figure(s.recordsAcked)}, retried ${figure(s.recordsRetried)}, lost ${figure(s.recordsLost)}`
  );
}

function withTopic(doc: PipelineDocument, patch: { uncleanLeaderElectionEnable: boolean }): PipelineDocument {
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.kind === 'topic' && n.name === TOPIC ? { ...n, config: { ...n.config, ...patch } } : n,
    ),
  };
}

export const acksAndIsr: Lesson = {
  id: 'L11',
  title: 'acks, the ISR and unclean elections',
  corrects: 'acks=all alone guarantees that an acknowledged record is never lost.',
  learn:
    'acks=all waits for the in-sync replicas, however few; min.insync.replicas sets how few is too few, and an ' +
    'unclean election or acks=1 gives acknowledged records away.',
  seed: 11,
  speed: 10,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: acks, the ISR and unclean elections',
    // unclean.leader.election.interval.ms at 10 s instead of 5 minutes: the controller's periodic try comes soon
    // whichever order the last step's actions are done in.
    cluster: { uncleanLeaderElectionIntervalMs: 10_000 },
    nodes: [
      {
        id: SOURCE,
        kind: 'source',
        name: 'Payments API',
        position: { x: 0, y: 40 },
        config: { rate: 1000, keys: { type: 'uniform', count: 100 }, acks: 'all' },
      },
      {
        id: 't-payments',
        kind: 'topic',
        name: TOPIC,
        position: { x: 320, y: 0 },
        config: { partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 },
      },
    ],
    edges: [{ from: SOURCE, to: 't-payments' }],
  },
  steps: [
    {
      do: 'Open the Cluster view and kill broker 3.',
      watch: "payments-0's ISR in the partitions table, and the Payments API's acked count on the canvas.",
      check: ({ report }, notes) => {
        const p = partition(report);
        if (!p || brokerStatus(report, 3) !== 'fenced' || p.isr.length !== 2 || p.underMinIsr) return false;
        return hwMoved(report, notes, 'hwAfterFirstKill', 1000);
      },
      progress: line,
      because:
        'The controller fenced broker 3 once its heartbeats had stopped for broker.session.timeout.ms (9 s) and ' +
        'took it out of the ISR: payments-0 has 2 in-sync replicas, min.insync.replicas is 2, so acks=all writes ' +
        'still succeed. UnderReplicatedPartitions is 1, and no record is at risk: two brokers have each of them.',
      act: [{ kind: 'fault', fault: { type: 'broker-kill', broker: 3 } }],
      withinMs: 30_000,
    },
    {
      do: 'Kill broker 2 as well.',
      watch:
        'The high watermark stops; the Payments API gets no acknowledgements and, once its requests time out, NOT_ENOUGH_REPLICAS.',
      check: ({ report, events }, notes) => {
        const p = partition(report);
        if (!p || brokerStatus(report, 2) !== 'fenced' || !p.underMinIsr) return false;
        if (notes.stillSinceMs === undefined || notes.stillHw !== p.highWatermark) {
          notes.stillSinceMs = report.simulatedMs;
          notes.stillHw = p.highWatermark;
          return false;
        }
        // The event list is bounded: remember the refusal once seen.
        if (events.some((e) => e.type === 'produce-error' && e.message.includes('NOT_ENOUGH_REPLICAS')))
          notes.refused = 1;
        return report.simulatedMs - notes.stillSinceMs >= STILL_MS && notes.refused === 1;
      },
      progress: line,
      because:
        'One in-sync replica is fewer than min.insync.replicas (2): the leader refuses every acks=all write with ' +
        'NOT_ENOUGH_REPLICAS (UnderMinIsrPartitionCount is 1; the requests already waiting time out after ' +
        'request.timeout.ms, 30 s, and their retries are refused too), and the high watermark stands still. acks=all did not wait for three replicas, it waits for the ISR; min.insync.replicas is what keeps ' +
        'that ISR from shrinking to one broker while writes go on.',
      act: [{ kind: 'fault', fault: { type: 'broker-kill', broker: 2 } }],
      withinMs: 60_000,
    },
    {
      do: 'Select the Payments API and set its acks to 1 (leader).',
      watch: "The Payments API's acked count climbs again; payments-0's high watermark does not.",
      check: ({ report, doc }, notes) => {
        const p = partition(report);
        const source = doc.nodes.find((n) => n.id === SOURCE);
        if (!p || source?.kind !== 'source' || source.config.acks !== '1' || p.isr.length !== 1) return false;
        const s = sourceOf(report, SOURCE);
        if (!s) return false;
        if (notes.ackedWithAcks1 === undefined) {
          notes.ackedWithAcks1 = s.recordsAcked;
          return false;
        }
        return s.recordsAcked - notes.ackedWithAcks1 >= 2000;
      },
      progress: line,
      because:
        'acks=1 is acknowledged by the leader alone: min.insync.replicas does not apply to it, so the records ' +
        'waiting in the producer and the new ones are acknowledged, each with one copy, on broker 1. The high ' +
        'watermark still stands: below min.insync.replicas the leader does not move it (Kafka 3.7+, KAFKA-15583), ' +
        'so no consumer sees these records yet.',
      act: [
        {
          kind: 'edit',
          edit: (doc) => ({
            ...doc,
            nodes: doc.nodes.map((n) =>
              n.kind === 'source' && n.id === SOURCE ? { ...n, config: { ...n.config, acks: '1' } } : n,
            ),
          }),
        },
      ],
      withinMs: 30_000,
    },
    {
      do: 'Select payments and tick Unclean leader election; then kill broker 1 and restart broker 2.',
      watch:
        'Who leads payments-0, the Elections figures of the Controller panel, and the Payments API\'s "lost".',
      check: ({ report }) => {
        const p = partition(report);
        const s = sourceOf(report, SOURCE);
        return (
          p !== null &&
          s !== null &&
          p.leader === 2 &&
          report.controller.uncleanElections >= 1 &&
          s.recordsLost > 0
        );
      },
      progress: line,
      because:
        'Broker 1 died with the only copy of what it acknowledged since broker 2 stopped. Broker 2 was outside the ' +
        'ISR; with unclean.leader.election.enable the controller elected it anyway (UncleanLeaderElectionsPerSec), ' +
        'and its log ends where it stopped: those acknowledged records are gone, counted as lost, and broker 1 ' +
        'truncates them from its own log when it comes back. Without the setting payments-0 would stay offline ' +
        '(OfflinePartitionsCount) until broker 1 returned: unavailable, but nothing lost. Durability takes acks=all ' +
        'and min.insync.replicas of 2 and clean elections, together.',
      act: [
        { kind: 'edit', edit: (doc) => withTopic(doc, { uncleanLeaderElectionEnable: true }) },
        { kind: 'fault', fault: { type: 'broker-kill', broker: 1 } },
        { kind: 'fault', fault: { type: 'broker-restart', broker: 2 } },
      ],
      withinMs: 30_000,
    },
  ],
  names: [
    { name: 'acks', what: 'all: every in-sync replica has the record; 1: the leader alone' },
    { name: 'min.insync.replicas', what: 'the fewest in-sync replicas an acks=all write accepts' },
    { name: 'NOT_ENOUGH_REPLICAS', what: 'the error an acks=all write gets below min.insync.replicas' },
    {
      name: 'UnderReplicatedPartitions',
      what: "the broker's JMX metric: partitions with fewer in-sync replicas than replicas",
    },
    {
      name: 'unclean.leader.election.enable',
      what: 'lets a replica outside the ISR lead, losing what it lacks',
    },
    { name: 'UncleanLeaderElectionsPerSec', what: "the controller's JMX metric for such elections" },
  ],
  quiz: {
    question:
      'Replication factor 3, acks=all, min.insync.replicas left at its default of 1. Two followers fall out of the ISR. What happens to writes?',
    options: [
      'They are refused with NOT_ENOUGH_REPLICAS',
      'They are acknowledged with the leader as the only copy',
      'They wait until a follower is back',
    ],
    answer: 1,
    why: 'acks=all waits for the ISR, which is now the leader alone; only min.insync.replicas 2 would refuse them.',
  },
};
