// What must hold in a running cluster whatever the faults, checked at every check point of a soak run, and what
// acks=all, min.insync.replicas=2, replication factor 3 and clean elections add under a single broker failure.
//
// Only Kafka's real guarantees are encoded:
// - log start <= high watermark <= log end, on every partition (UnifiedLog, Partition.maybeIncrementLeaderHW);
// - a consumer is never handed a record at or above the high watermark (Partition.readRecords caps a consumer's fetch
//   at the HW, FetchIsolation.HIGH_WATERMARK);
// - a group's committed offset never passes the highest high watermark the log has reached (counting the high
//   watermarks of logs since cut: a consumer may commit, after a cut, a position it read before it), and never moves
//   back unless a cut fell below it while it was a position read before that cut (an unclean election; the consumer
//   then resets, KIP-320 or auto.offset.reset).
//   With clean elections the new leader has every record below the old high watermark, so no cut ever reaches a
//   committed offset. The current high watermark is not the bound: a new leader starts from its own, older high
//   watermark (Partition.makeLeader) and may hold it while the ISR is below min.insync.replicas (KAFKA-15583), so a
//   committed offset can sit above it for a while (seen in the soak: single:2325);
// - records of acks=all producers writing to topics without unclean election are never lost, whatever fails: every
//   ISR member has them, and an offline partition waits for one (Kafka docs, Design › Replication);
// - an idempotent producer writes nothing twice (DUPLICATE_SEQUENCE);
// - every record a producer was given is acknowledged, failed or still in flight (issue item 5).
import type { PartitionLog } from '../../kafka/log/partitionLog';
import type { PipelineDocument } from '../../model/schema';
import type { PartitionReplicas } from '../cluster/partitionReplicas';
import type { GroupRuntime } from '../groupRuntime';
import type { SimulationReport } from '../report';
import type { Simulation } from '../simulation';
import type { SimulationState } from '../simulationState';
import { stateOf } from '../stateOf';
import type { SoakFamily } from './schedule';

export interface Violation {
  atMs: number;
  invariant: string;
  detail: string;
}

/** A cut of a partition's log: the offset it was cut to, and the highest high watermark the log reached before it. */
interface LogCut {
  to: number;
  frontier: number;
}

/**
 * The highest high watermark any replica holds. A leader cut off from the controller (a zombie) goes on serving the
 * consumers that still reach it, up to its own high watermark, which the partition's current leader may not have.
 */
function highestReplicaHw(replicas: PartitionReplicas): number {
  let hw = 0;
  for (const b of replicas.rp.replicas) hw = Math.max(hw, replicas.rp.replicaHighWatermark(b));
  return hw;
}

export class InvariantWatch {
  readonly violations: Violation[] = [];
  /** Each invariant is told once per subject, at its first breach. */
  private readonly told = new Set<string>();
  /** Every cut of each partition's log since the run began, by "topic-partition". */
  private readonly cuts = new Map<string, LogCut[]>();
  /** Per group and partition: the committed offset at the last check. */
  private readonly commits = new Map<string, number>();
  /** Records produced at the previous check, by producer node. */
  private readonly producedBefore = new Map<string, number>();
  /** The logs, replicas and groups the report does not show. */
  private readonly state: SimulationState;

  constructor(
    private readonly sim: Simulation,
    private readonly family: SoakFamily,
  ) {
    this.state = stateOf(sim);
    for (const topic of this.state.topics.values())
      topic.partitions.forEach((log, p) =>
        this.watchTruncation(log, topic.replicas[p]!, `${topic.name}-${p}`),
      );
    for (const group of this.state.groups.values()) this.watchDeliveries(group);
  }

  /** One check point: offsets, commits and every producer's accounting. */
  check(report: SimulationReport = this.sim.report()): void {
    const now = this.sim.nowMs;
    for (const t of report.topics)
      for (const p of t.partitions) {
        if (p.logStartOffset > p.highWatermark || p.highWatermark > p.logEndOffset)
          this.breach(
            'offsets-ordered',
            `${t.name}-${p.partition}`,
            `${t.name}-${p.partition}: log start ${p.logStartOffset}, high watermark ${p.highWatermark}, log end ${p.logEndOffset}`,
          );
      }
    this.checkCommits(report);
    this.checkProducers(report, now);
  }

  /** After the last check point: what a settled single-failure run must show. */
  finish(report: SimulationReport = this.sim.report()): void {
    if (this.family !== 'single') return;
    for (const g of report.groups)
      if (g.outOfOrder > 0)
        this.breach('out-of-order', g.node, `${g.node}: ${g.outOfOrder} records delivered out of order`);
    for (const s of report.sources) {
      let hw = 0;
      for (const t of report.topics) for (const p of t.partitions) hw += p.highWatermark;
      if (hw < s.recordsAcked)
        this.breach(
          'acked-below-hw',
          s.node,
          `${s.node}: ${s.recordsAcked} records acknowledged, but the high watermarks add up to ${hw}`,
        );
    }
  }

  private checkCommits(report: SimulationReport): void {
    for (const g of report.groups)
      for (const [topic, offsets] of Object.entries(g.committed)) {
        const partitions = report.topics.find((t) => t.name === topic)?.partitions ?? [];
        offsets.forEach((offset, p) => {
          const part = partitions[p];
          if (part === undefined) return;
          const key = `${g.node}/${topic}-${p}`;
          const committed = offset ?? -1;
          const before = this.commits.get(key) ?? -1;
          const cuts = this.cuts.get(`${topic}-${p}`) ?? [];
          // Only a position read before a cut that fell below it can make a commit go back.
          if (committed < before && !cuts.some((c) => c.to < before && before <= c.frontier))
            this.breach(
              'committed-moved-back',
              key,
              `${g.node} on ${topic}-${p}: committed offset went back from ${before} to ${committed} with no truncation below it`,
            );
          // Consumers read only below a high watermark, so a commit never passes the highest one the log reached,
          // now or before a cut. The current HW is not the bound: a new leader starts from its own, older one.
          const replicas = this.state.topics.get(topic)!.replicas[p]!;
          let bound = Math.max(replicas.ackedFrontier, part.highWatermark, highestReplicaHw(replicas));
          for (const c of cuts) if (c.frontier > bound) bound = c.frontier;
          if (committed > bound)
            this.breach(
              'committed-past-hw',
              key,
              `${g.node} on ${topic}-${p}: committed offset ${committed} past the highest high watermark ${bound}`,
            );
          this.commits.set(key, committed);
        });
      }
  }

  private checkProducers(report: SimulationReport, now: number): void {
    const doc = this.sim.document;
    const producers = [
      ...report.sources.map((s) => ({ ...s, produced: s.recordsProduced })),
      ...report.processors.map((p) => ({ ...p, produced: p.recordsProduced })),
    ];
    for (const p of producers) {
      const accounted = p.recordsAcked + p.recordsFailed + p.recordsInFlight;
      const before = this.producedBefore.get(p.node);
      this.producedBefore.set(p.node, p.produced);
      // Records in a producer's open batch (younger than linger.ms) are in no figure yet; a producer that was given
      // nothing for a whole check interval (longer than any linger.ms here) has no open batch, so then it is exact.
      const idle = before === p.produced && now >= 2 * 1000;
      if (accounted > p.produced || (idle && accounted !== p.produced))
        this.breach(
          'accounting',
          p.node,
          `${p.node}: produced ${p.produced} != acknowledged ${p.recordsAcked} + failed ${p.recordsFailed} + in flight ${p.recordsInFlight} (${p.produced - accounted} unaccounted for)`,
        );
      if (p.recordsLost > p.recordsAcked)
        this.breach(
          'lost-exceeds-acked',
          p.node,
          `${p.node}: ${p.recordsLost} lost of ${p.recordsAcked} acknowledged`,
        );
      const config = nodeConfig(doc, p.node);
      const acksAll = config?.acks === 'all';
      if (acksAll && p.recordsLost > 0 && writesOnlyToCleanTopics(doc, p.node))
        this.breach(
          'acked-lost',
          p.node,
          `${p.node}: ${p.recordsLost} records acknowledged with acks=all lost (clean elections only)`,
        );
      if ((this.family === 'single' || (acksAll && config?.enableIdempotence)) && p.recordsDuplicated > 0)
        this.breach(
          'duplicated',
          p.node,
          `${p.node}: ${p.recordsDuplicated} records written twice by an ${acksAll ? 'idempotent ' : ''}producer`,
        );
    }
  }

  /** Every cut of a partition's log (UnifiedLog.truncateTo), so a commit may then go back below it. */
  private watchTruncation(log: PartitionLog, replicas: PartitionReplicas, key: string): void {
    const truncateTo = log.truncateTo.bind(log);
    log.truncateTo = (offset: number): number => {
      const cuts = this.cuts.get(key) ?? [];
      cuts.push({ to: offset, frontier: Math.max(replicas.ackedFrontier, highestReplicaHw(replicas)) });
      this.cuts.set(key, cuts);
      return truncateTo(offset);
    };
  }

  /** Every hand-over of records to a consumer is checked against the high watermark at that moment. */
  private watchDeliveries(group: GroupRuntime): void {
    const onDelivered = group.onDelivered.bind(group);
    group.onDelivered = (topic, partition, from, count) => {
      const hw = topic.highWatermark(partition);
      if (from + count > hw)
        this.breach(
          'delivered-past-hw',
          `${group.nodeId}/${topic.name}-${partition}`,
          `${group.nodeId} was handed ${topic.name}-${partition} offsets ${from}..${from + count - 1}, high watermark ${hw}`,
        );
      onDelivered(topic, partition, from, count);
    };
  }

  private breach(invariant: string, subject: string, detail: string): void {
    const key = `${invariant} ${subject}`;
    if (this.told.has(key)) return;
    this.told.add(key);
    this.violations.push({ atMs: this.sim.nowMs, invariant, detail });
  }
}

function nodeConfig(doc: PipelineDocument, nodeId: string) {
  const node = doc.nodes.find((n) => n.id === nodeId);
  return node?.kind === 'source' || node?.kind === 'processor' ? node.config : undefined;
}

/** The producer of this node writes only to topics that never elect a leader from outside the ISR. */
function writesOnlyToCleanTopics(doc: PipelineDocument, nodeId: string): boolean {
  return doc.edges
    .filter((e) => e.from === nodeId)
    .every((e) => {
      const topic = doc.nodes.find((n) => n.id === e.to);
      return topic?.kind === 'topic' && !topic.config.uncleanLeaderElectionEnable;
    });
}
