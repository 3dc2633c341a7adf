// One partition across its replicas in the running cluster: the replication state (Kafka's Partition) joined to the
// leader's log with its records, the brokers that host it, and what a change of leader does to the records.
import { RECORD_BATCH_OVERHEAD, type PartitionLog } from '../../kafka/log/partitionLog';
import type { BatchColumns } from '../../kafka/producer/batchColumns';
import type { ProducePartition } from '../../kafka/producer/producerCluster';
import { ReplicatedPartition, type ReplicationConfig } from '../../kafka/replication/replicatedPartition';
import type { BrokerRuntime } from './brokerRuntime';
import { BatchIndex } from './batchIndex';
import { tagProducer } from '../../kafka/log/producerTag';
import { TruncatedRecords, TruncatedSuffix } from './truncatedRecords';
import { ZombieWrites } from './zombieWrites';
import type { RoundTrips } from './roundTrips';
import { REPLICA_FETCH_MAX_BYTES, REPLICA_FETCH_WAIT_MAX_MS, ReplicaFetchLegs } from './replicaFetchLegs';

/** What the partition tells the producers about their records. */
export interface DeliveryLedger {
  /** True when the producer waits for the in-sync replicas (acks=all): its records count as acknowledged only below the high watermark. */
  waitsForIsr(producer: number): boolean;
  /** Acknowledged records of `producer` are gone (+n) or back (-n). */
  lost(producer: number, n: number): void;
}

/**
 * A leader change: a clean or unclean election, or the partition going offline (no leader: not an election, Kafka
 * counts it in OfflinePartitionsCount, not in its election rates).
 */
export type LeaderChange = 'clean' | 'unclean' | 'offline';

/** What a replication change reads like, for the event log. */
export type ReplicationNote = (
  type: 'election' | 'isr' | 'truncation',
  message: string,
  change?: LeaderChange,
) => void;

export class PartitionReplicas implements ProducePartition {
  readonly rp: ReplicatedPartition;
  /** The broker of each replica, in assignment order. */
  readonly brokers: readonly BrokerRuntime[];
  /**
   * The highest high watermark this log has reached since its last truncation: acks=all records below it were
   * acknowledged, so losing them is losing acknowledged records.
   */
  ackedFrontier = 0;
  /** Bumped on every truncation of the leader's log, so consumers can notice (KIP-320). */
  truncations = 0;
  /** Where the last truncation cut the log. */
  truncatedTo = 0;
  private readonly stash = new TruncatedRecords();
  /** Per replica: when its idle long-poll fetch next returns. */
  readonly nextIdleFetchMs: Float64Array;
  /**
   * Per replica: where the fetch response on its way ends (-1: none), the leader epoch it was asked in, and the high
   * watermark it carries (the leader's when it was asked).
   */
  readonly responseEnd: Float64Array;
  readonly responseEpoch: Int32Array;
  private readonly responseHw: Float64Array;
  /** Per replica, when its fetch reaches the leader and its response the follower (half a round trip each). */
  readonly legs: ReplicaFetchLegs;
  /** The bytes of the range the last `fetchEnd` chose. */
  private fetchBytes = 0;
  /** Who wrote each batch that a leader change could still cut. */
  readonly batches = new BatchIndex();
  /** The leader epoch of the last successful append (the leader's, or a zombie's). */
  appendEpoch = -1;
  private readonly zombieWrites = new ZombieWrites();

  constructor(
    readonly label: string,
    /** The current leader's log: the records consumers read. */
    readonly log: PartitionLog,
    brokers: readonly BrokerRuntime[],
    config: Partial<ReplicationConfig>,
    nowMs: number,
    roundTrips: RoundTrips | null = null,
  ) {
    this.brokers = brokers;
    this.legs = new ReplicaFetchLegs(brokers.length, roundTrips);
    this.nextIdleFetchMs = new Float64Array(brokers.length);
    this.responseEnd = new Float64Array(brokers.length).fill(-1);
    this.responseEpoch = new Int32Array(brokers.length);
    this.responseHw = new Float64Array(brokers.length);
    this.rp = new ReplicatedPartition(
      brokers.map((b) => b.id),
      config,
      nowMs,
    );
    // A broker that is down when the partition is created starts as Kafka's would: out of the ISR, fenced.
    for (const b of brokers) {
      if (!b.alive) {
        this.rp.brokerStopped(b.id);
        if (b.fenced) this.rp.brokerFenced(b.id, nowMs);
      }
    }
  }

  get highWatermark(): number {
    return this.rp.highWatermark;
  }

  /**
   * Partition.appendRecordsToLeader: `count` records as one batch at the current leader epoch. Returns the base
   * offset, or a negative Kafka error from the replication state (nothing written).
   */
  appendToLeader(records: BatchColumns, tag: number, acks: 0 | 1 | -1, nowMs: number): number {
    const { timestamps, keys, sizes, tombstones, count, bytes } = records;
    const rp = this.rp;
    const code = rp.appendToLeader(count, nowMs, acks);
    if (code < 0) return code;
    const log = this.log;
    const epoch = rp.leaderEpoch;
    log.appendProducer = tag;
    const base = log.appendBatch(timestamps, keys, sizes, 0, count, bytes, nowMs, tombstones);
    this.batches.append(base, tag, epoch);
    this.appendEpoch = epoch;
    return base;
  }

  /**
   * A produce request to `broker`, which the producer's metadata names as leader: the leader appends; a zombie leader
   * (cut off, unaware the controller elected another) appends to its own log, which no consumer reads beyond its high
   * watermark and which it truncates when it reconnects. Returns the base offset or a negative Kafka error.
   */
  appendVia(
    broker: BrokerRuntime,
    records: BatchColumns,
    tag: number,
    acks: 0 | 1 | -1,
    nowMs: number,
  ): number {
    const rp = this.rp;
    const z = this.brokers.indexOf(broker);
    if (z === rp.leaderIndex) return this.appendToLeader(records, tag, acks, nowMs);
    const base = rp.appendToZombie(z, records.count, acks);
    if (base < 0) return base;
    this.appendEpoch = rp.zombieEpochOf(broker.id);
    // acks=0/1 answers at once: the producer counts these records as acknowledged.
    if (acks !== -1) this.zombieWrites.acknowledged(broker.id, tagProducer(tag), records.count);
    return base;
  }

  /** Led by a replica other than the preferred (first) one. */
  isImbalanced(): boolean {
    const leader = this.rp.leader;
    return leader >= 0 && leader !== this.rp.replicas[0];
  }

  /** The leader's broker, or null while the partition is offline. */
  leaderBroker(): BrokerRuntime | null {
    const i = this.rp.leaderIndex;
    return i < 0 ? null : this.brokers[i]!;
  }

  /** Consumers can fetch: there is a leader, its broker runs, and its network out has room this tick. */
  readable(): boolean {
    const b = this.leaderBroker();
    return b !== null && b.alive && b.networkOut.available;
  }

  /**
   * One tick of every follower's replica fetcher (AbstractFetcherThread). A follower without a response on its way
   * sends a fetch: the leader records it at once (fetch offset, ISR, high watermark) and answers with whole batches from
   * the follower's log end offset, at most replica.fetch.max.bytes and at least one batch (KIP-74). The answer crosses
   * the links (leader's network out, the follower's network in and disk) as fast as they allow, batch by batch, each
   * batch costing its records and its RECORD_BATCH_OVERHEAD as on the leader; the next fetch goes once it has arrived.
   * A caught-up follower's fetch waits at the leader (a long poll) for new records or replica.fetch.wait.max.ms.
   */
  fetch(nowMs: number): void {
    const brokers = this.brokers;
    if (brokers.length === 1) return;
    const rp = this.rp;
    const leaderIndex = rp.leaderIndex;
    if (leaderIndex < 0) return;
    const leader = brokers[leaderIndex]!;
    // Followers cannot reach a leader cut off from the other brokers (broker-isolate), nor it them.
    if (!leader.alive || leader.isolated) return;
    const leaderLeo = rp.logEndOffset;
    const epoch = rp.leaderEpoch;
    let moved = false;
    for (let i = 0; i < brokers.length; i++) {
      const b = brokers[i]!;
      if (i === leaderIndex) continue;
      // A response from an earlier leader epoch, or to a process that has since died, is dropped.
      if (!b.alive || b.isolated || this.responseEpoch[i] !== epoch) this.responseEnd[i] = -1;
      if (!b.alive || b.isolated) continue;
      if (this.responseEnd[i]! < 0) {
        if (nowMs < this.legs.fetchAtLeaderMs[i]!) continue; // still on its way to the leader
        const from = rp.logEndOffsetAt(i);
        // Caught up, and the leader knows it: the long poll waits for new records or replica.fetch.wait.max.ms.
        if (from === leaderLeo && rp.fetchOffsetAt(i) === from && nowMs < this.nextIdleFetchMs[i]!) continue;
        this.nextIdleFetchMs[i] = nowMs + REPLICA_FETCH_WAIT_MAX_MS;
        // Partition.readRecords reads the high watermark before this fetch moves it.
        this.responseHw[i] = rp.highWatermark;
        rp.followerFetch(b.id, from, nowMs);
        // A follower whose log diverged truncated instead: it fetches from its new end next time.
        if (rp.logEndOffsetAt(i) !== from || from >= leaderLeo) continue;
        this.responseEnd[i] = this.fetchEnd(from, leaderLeo, REPLICA_FETCH_MAX_BYTES);
        this.responseEpoch[i] = epoch;
        this.legs.responseAtFollowerMs[i] = nowMs + this.legs.half(leader, b);
      }
      if (nowMs < this.legs.responseAtFollowerMs[i]!) continue; // still on its way to the follower
      if (this.receive(i, leader, b, nowMs)) moved = true;
      // All in: the next fetch, which tells the leader the follower's new log end, sets off.
      if (this.responseEnd[i]! < 0) this.legs.fetchAtLeaderMs[i] = nowMs + this.legs.half(leader, b);
    }
    const hw = rp.highWatermark;
    if (hw > this.ackedFrontier) this.ackedFrontier = hw;
    if (moved) this.trimBatches();
  }

  /** The batches of follower `i`'s response that its links have room for this tick; true when records moved. */
  private receive(i: number, leader: BrokerRuntime, b: BrokerRuntime, nowMs: number): boolean {
    if (
      !leader.networkOut.replicationMayStart(nowMs) ||
      !b.networkIn.replicationMayStart(nowMs) ||
      !b.disk.replicationMayStart(nowMs)
    )
      return false;
    let room = leader.networkOut.budget;
    if (b.networkIn.budget < room) room = b.networkIn.budget;
    if (b.disk.budget < room) room = b.disk.budget;
    const end = this.responseEnd[i]!;
    const upTo = this.fetchEnd(this.rp.logEndOffsetAt(i), end, room);
    const bytes = this.fetchBytes;
    const got = this.rp.followerReceive(b.id, upTo, this.responseHw[i]!);
    if (upTo >= end) this.responseEnd[i] = -1;
    if (got <= 0) return false;
    leader.networkOut.useForReplication(bytes);
    b.networkIn.useForReplication(bytes);
    b.disk.useForReplication(bytes);
    return true;
  }

  /**
   * Whole batches from `from` towards `leaderLeo`, as many as fit in `maxBytes`, and the first one whatever its size
   * (ReplicaManager.readFromLog, KIP-74). Returns where they end and leaves their bytes in `fetchBytes`. The batch
   * index knows every batch from the shortest replica's log end offset up, so from any follower's.
   */
  private fetchEnd(from: number, leaderLeo: number, maxBytes: number): number {
    const log = this.log;
    const index = this.batches;
    let i = index.find(from);
    let end = from;
    let total = 0;
    while (end < leaderLeo) {
      const nextBase = i + 1 < index.size ? index.baseOffset(i + 1) : leaderLeo;
      const next = nextBase < leaderLeo ? nextBase : leaderLeo;
      const bytes = log.bytesInRange(end, next) + RECORD_BATCH_OVERHEAD;
      if (total > 0 && total + bytes > maxBytes) break;
      total += bytes;
      end = next;
      i++;
    }
    this.fetchBytes = total;
    return end;
  }

  /** Batches every replica holds cannot be cut by any election: forget who wrote them. */
  private trimBatches(): void {
    const rp = this.rp;
    let min = Infinity;
    for (let i = 0; i < rp.replicas.length; i++) {
      const leo = rp.logEndOffsetAt(i);
      if (leo < min) min = leo;
    }
    this.batches.trimBelow(min);
  }

  /**
   * After a leader change: the log consumers read becomes the new leader's. Records the new leader does not have are
   * cut (acknowledged ones count as lost); records it has that were cut before come back. Then every change is told.
   */
  settle(nowMs: number, ledger: DeliveryLedger, note: ReplicationNote): void {
    const events = this.rp.takeEvents();
    for (const e of events) {
      if (e.type === 'leaderChanged') {
        if (e.leader >= 0) this.followLeader(e.leader, nowMs, ledger, note);
        note(
          'election',
          e.leader < 0
            ? `offline, no in-sync replica is left to lead (last leader ${e.previousLeader})`
            : `leader is now broker ${e.leader}` +
                (e.previousLeader >= 0 ? ` (was broker ${e.previousLeader})` : '') +
                `, leader epoch ${e.leaderEpoch}` +
                (e.unclean ? ', elected from outside the ISR (unclean)' : ''),
          e.leader < 0 ? 'offline' : e.unclean ? 'unclean' : 'clean',
        );
      } else if (e.type === 'isrChanged') {
        note('isr', `ISR is now [${e.isr.join(', ')}]`);
      } else {
        // A zombie leader rejoining: what it acknowledged alone is gone with its truncated records.
        const lost = this.zombieWrites.truncated(e.brokerId, (producer, n) => ledger.lost(producer, n));
        note(
          'truncation',
          `broker ${e.brokerId} truncated its log to offset ${e.fromOffset} (${e.toOffset - e.fromOffset} records that the leader does not have)` +
            (lost > 0 ? `; ${lost} of them were acknowledged by it as a zombie leader: lost` : ''),
        );
      }
    }
  }

  private followLeader(leaderId: number, nowMs: number, ledger: DeliveryLedger, note: ReplicationNote): void {
    const log = this.log;
    const rp = this.rp;
    const leaderLeo = rp.replicaLogEndOffset(leaderId);
    // Logs that hold the same record (offset, epoch) agree on everything before it, so the logs part where the epochs
    // first differ. Batches are written whole in one epoch: compare batch by batch, newest first.
    const index = this.batches;
    let keep = Math.min(leaderLeo, log.logEndOffset);
    for (let i = index.find(keep - 1); i >= 0 && keep > log.logStartOffset; i--) {
      if (index.epoch(i) === rp.epochOfOffset(leaderId, keep - 1)) break;
      keep = Math.max(index.baseOffset(i), log.logStartOffset);
    }
    if (keep < log.logEndOffset) this.cut(keep, ledger, note);
    if (leaderLeo > log.logEndOffset) this.restore(leaderId, leaderLeo, nowMs, ledger);
  }

  private cut(keep: number, ledger: DeliveryLedger, note: ReplicationNote): void {
    const log = this.log;
    const end = log.logEndOffset;
    const frontier = this.ackedFrontier;
    const index = this.batches;
    // acks=0/1 records were acknowledged when written; acks=all ones once the high watermark passed them.
    const ackedBelow = (producer: number): number =>
      producer < 0 ? -Infinity : ledger.waitsForIsr(producer) ? frontier : Infinity;
    this.stash.keep(new TruncatedSuffix(log, index, keep, end, ackedBelow));
    let lost = 0;
    for (let i = Math.max(0, index.find(keep)); i < index.size; i++) {
      const lo = Math.max(index.baseOffset(i), keep);
      const hi = Math.min(i + 1 < index.size ? index.baseOffset(i + 1) : end, end);
      const producer = tagProducer(index.tag(i));
      const n = Math.min(hi, ackedBelow(producer)) - lo;
      if (n <= 0) continue;
      ledger.lost(producer, n);
      lost += n;
    }
    log.truncateTo(keep);
    index.truncateTo(keep);
    if (this.ackedFrontier > keep) this.ackedFrontier = keep;
    this.truncations++;
    this.truncatedTo = keep;
    note(
      'truncation',
      `the new leader's log ends at ${keep}; records ${keep}..${end - 1} are gone` +
        (lost > 0 ? ` (${lost} of them were acknowledged: lost)` : ''),
    );
  }

  /** The new leader has records the log lost earlier: they come back from the kept suffix. */
  private restore(leaderId: number, leaderLeo: number, nowMs: number, ledger: DeliveryLedger): void {
    const log = this.log;
    const rp = this.rp;
    while (log.logEndOffset < leaderLeo) {
      const from = log.logEndOffset;
      const epoch = rp.epochOfOffset(leaderId, from);
      const cut = this.stash.find(from, epoch);
      const tag = cut ? cut.tags[from - cut.baseOffset]! : -1;
      // One batch per run of records that were written together (same producer batch, same epoch).
      let to = from + 1;
      while (
        to < leaderLeo &&
        rp.epochOfOffset(leaderId, to) === epoch &&
        (cut
          ? cut.has(to, epoch) && cut.tags[to - cut.baseOffset] === tag
          : this.stash.find(to, epoch) === null)
      )
        to++;
      const n = to - from;
      log.appendProducer = tag;
      this.batches.append(from, tag, epoch);
      if (cut) {
        const i = from - cut.baseOffset;
        let bytes = RECORD_BATCH_OVERHEAD;
        let lost = 0;
        for (let k = i; k < i + n; k++) {
          bytes += cut.sizes[k]!;
          lost += cut.lost[k]!;
        }
        log.appendBatch(cut.timestamps, cut.keys, cut.sizes, i, n, bytes, nowMs);
        if (lost > 0) ledger.lost(tagProducer(tag), -lost);
      } else {
        // Nothing was kept of these records: they come back as records of unknown content.
        log.appendBatch(
          new Float64Array(n),
          new Int32Array(n).fill(-1),
          new Int32Array(n),
          0,
          n,
          RECORD_BATCH_OVERHEAD,
          nowMs,
        );
      }
    }
  }
}
