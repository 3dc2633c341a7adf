// The brokers and the controller of the running cluster: where replicas go, who notices a broker is gone, and when
// leadership moves. Follows KRaft's QuorumController (ReplicationControlManager, BrokerHeartbeatManager, its periodic
// maybeElectUncleanLeaders) and the broker's ReplicaManager schedule (isr-expiration every replica.lag.time.max.ms / 2),
// Kafka 4.0.
import { RoundTrips } from './roundTrips';
import type { PartitionLog } from '../../kafka/log/partitionLog';
import { assignReplicas } from '../../kafka/replication/replicaPlacement';
import type { ClusterConfig } from '../../model/schema';
import type { EventSink } from '../../common/events';
import { Rng } from '../../common/rng';
import { BrokerRuntime } from './brokerRuntime';
import { PartitionReplicas, type DeliveryLedger } from './partitionReplicas';
import type { Refusal } from '../refusal';

/**
 * ReplicationControlManager.maxElectionsPerImbalance: one periodic pass elects at most this many leaders; with more left
 * QuorumController runs the next pass 10 ms later instead of an interval later.
 */
const MAX_ELECTIONS_PER_IMBALANCE = 1000;
const IMMEDIATE_RESCHEDULE_MS = 10;

/** Topic configs the replicas of a partition follow. */
export interface TopicReplication {
  minInsyncReplicas: number;
  uncleanLeaderElectionEnable: boolean;
}

export class ClusterRuntime {
  readonly brokers = new Map<number, BrokerRuntime>();
  brokerList: BrokerRuntime[] = [];
  /** Every partition's replicas, for the per-tick work. */
  partitions: PartitionReplicas[] = [];
  /** The controller's Random for replica placement (its own stream, so placement does not shift the workload's). */
  private readonly random: Rng;
  elections = 0;
  uncleanElections = 0;
  preferredElections = 0;
  /** Partitions that lost their leader with no replica to take over (went offline): not elections. */
  offlineTransitions = 0;
  /** When the controller next moves leaders back to their preferred replicas; null while none is needed. */
  nextLeaderRebalanceMs: number | null = null;
  /** When the controller next tries unclean elections for leaderless partitions; null while none is scheduled. */
  nextUncleanElectionCheckMs: number | null = null;
  nextIsrCheckMs: number;
  private electing: 'preferred' | null = null;
  /** A leader changed since the controller last looked for imbalance. */
  leadersMoved = false;
  /** How long a round trip takes between racks (rttMs, crossRackRttMs), for clients and replica fetchers alike. */
  readonly roundTrips: RoundTrips;

  constructor(
    public config: ClusterConfig,
    seed: number,
    private readonly emit: EventSink,
    private readonly ledger: DeliveryLedger,
    nowMs: number,
  ) {
    this.random = new Rng((seed ^ 0x6b43a9b5) >>> 0);
    this.roundTrips = new RoundTrips(config);
    this.nextIsrCheckMs = nowMs + config.replicaLagTimeMaxMs / 2;
    this.applyConfig(config, nowMs);
  }

  /** Brokers are added as the design adds them; a broker that holds replicas cannot be removed. Returns refusals. */
  applyConfig(config: ClusterConfig, nowMs: number): Refusal[] {
    const refused: Refusal[] = [];
    const ids = new Set(config.brokers.map((b) => b.id));
    for (const b of this.brokerList) {
      if (ids.has(b.id)) continue;
      const held = this.partitions.filter((p) => p.brokers.includes(b)).length;
      if (held > 0)
        refused.push({
          node: null,
          setting: 'brokers',
          running: null,
          message: `broker ${b.id} holds ${held} replicas; Kafka cannot remove a broker that holds replicas (reassign them first)`,
        });
      else this.brokers.delete(b.id);
    }
    for (const c of config.brokers) {
      const b = this.brokers.get(c.id);
      if (b) b.applyConfig(c);
      else {
        this.brokers.set(c.id, new BrokerRuntime(c, nowMs));
        if (this.brokerList.length > 0) this.emit('broker', `broker ${c.id}`, `broker ${c.id} registered`);
      }
    }
    this.brokerList = [...this.brokers.values()];
    if (config.replicaLagTimeMaxMs !== this.config.replicaLagTimeMaxMs)
      this.nextIsrCheckMs = nowMs + config.replicaLagTimeMaxMs / 2;
    this.config = config;
    this.roundTrips.configure(config);
    for (const p of this.partitions) p.rp.updateConfig({ replicaLagTimeMaxMs: config.replicaLagTimeMaxMs });
    return refused;
  }

  /**
   * The replicas of new partitions, placed by the controller (StripedReplicaPlacer). Throws the controller's
   * InvalidReplicationFactorException message when too few brokers are registered.
   */
  createPartitions(
    label: (partition: number) => string,
    logs: readonly PartitionLog[],
    replicationFactor: number,
    topic: TopicReplication,
    nowMs: number,
  ): PartitionReplicas[] {
    const placement = assignReplicas({
      brokers: this.brokerList.map((b) => ({
        id: b.id,
        ...(b.config.rack === null ? {} : { rack: b.config.rack }),
        fenced: b.fenced,
      })),
      partitions: logs.length,
      replicationFactor,
      random: this.random,
    });
    return placement.map((ids, i) => {
      const replicas = new PartitionReplicas(
        label(i),
        logs[i]!,
        ids.map((id) => this.brokers.get(id)!),
        { ...this.replicationConfig(topic) },
        nowMs,
        this.roundTrips,
      );
      this.partitions.push(replicas);
      return replicas;
    });
  }

  /** Partitions of a deleted topic leave the cluster. */
  dropPartitions(replicas: readonly PartitionReplicas[]): void {
    const gone = new Set(replicas);
    this.partitions = this.partitions.filter((p) => !gone.has(p));
  }

  replicationConfig(topic: TopicReplication) {
    return {
      minInsyncReplicas: topic.minInsyncReplicas,
      uncleanLeaderElectionEnable: topic.uncleanLeaderElectionEnable,
      replicaLagTimeMaxMs: this.config.replicaLagTimeMaxMs,
    };
  }

  broker(id: number): BrokerRuntime {
    const b = this.brokers.get(id);
    if (!b) throw new Error(`no broker with id ${id}`);
    return b;
  }

  /** The fluid mode's followers fetch by themselves each step (sim/fluid/replicaCatchUp.ts), not per tick here. */
  followersKeepUp = false;

  /** Every link gets a tick's worth of bandwidth (before the tick's produce requests). */
  refill(tickMs: number): void {
    const brokers = this.brokerList;
    for (let i = 0; i < brokers.length; i++) brokers[i]!.refill(tickMs);
  }

  /** `ticks` idle ticks' worth of bandwidth on every link, as that many calls of `refill` would add. */
  refillTicks(tickMs: number, ticks: number): void {
    const brokers = this.brokerList;
    for (let i = 0; i < brokers.length; i++) brokers[i]!.refillTicks(tickMs, ticks);
  }

  /** The rest of a tick: the controller fences silent brokers, followers fetch, leaders drop laggards. */
  tick(nowMs: number): void {
    const brokers = this.brokerList;
    for (let i = 0; i < brokers.length; i++) {
      const b = brokers[i]!;
      // Stopped, or cut off from the controller (broker-isolate): its heartbeats stopped reaching the controller.
      if (!b.fenced && nowMs >= b.fenceAtMs) this.fence(b, nowMs);
    }
    const partitions = this.partitions;
    if (!this.followersKeepUp) for (let i = 0; i < partitions.length; i++) partitions[i]!.fetch(nowMs);
    if (nowMs >= this.nextIsrCheckMs) {
      this.nextIsrCheckMs += this.config.replicaLagTimeMaxMs / 2;
      for (let i = 0; i < partitions.length; i++) partitions[i]!.rp.maybeShrinkIsr(nowMs);
    }
    this.settle(nowMs);
    if (this.nextUncleanElectionCheckMs !== null && nowMs >= this.nextUncleanElectionCheckMs)
      this.maybeElectUncleanLeaders(nowMs);
    this.maybeBalanceLeaders(nowMs);
  }

  /** Closes a metrics sample for every broker. */
  sample(intervalMs: number): void {
    for (const b of this.brokerList) b.sample(intervalMs);
  }

  /** The broker's process dies; the controller notices after broker.session.timeout.ms. */
  kill(id: number, nowMs: number): void {
    const b = this.broker(id);
    if (!b.alive) return;
    b.stop(nowMs, this.config.brokerSessionTimeoutMs);
    for (const p of this.hosting(b)) p.rp.brokerStopped(id);
    this.emit(
      'broker',
      `broker ${id}`,
      `broker ${id} stopped; the controller fences it at ${(b.fenceAtMs / 1000).toFixed(1)} s (broker.session.timeout.ms after its last heartbeat)`,
    );
    this.settle(nowMs);
  }

  /** A controlled shutdown: leadership moves off the broker first, then it stops. */
  shutdown(id: number, nowMs: number): void {
    const b = this.broker(id);
    if (!b.alive) return;
    // Controlled shutdown needs the controller: cut off, the broker gives up waiting for it and just stops.
    if (b.isolated) return this.kill(id, nowMs);
    for (const p of this.hosting(b)) p.rp.controlledShutdown(id, nowMs);
    b.stop(nowMs, 0);
    b.fenced = true;
    b.fenceAtMs = nowMs;
    this.emit('broker', `broker ${id}`, `broker ${id} shut down (controlled: leadership moved first)`);
    this.settle(nowMs);
  }

  restart(id: number, nowMs: number): void {
    const b = this.broker(id);
    if (b.alive) return;
    b.start(nowMs);
    for (const p of this.hosting(b)) p.rp.brokerRestarted(id, nowMs);
    this.emit(
      'broker',
      `broker ${id}`,
      `broker ${id} restarted and registered; its replicas catch up from the leaders`,
    );
    this.settle(nowMs);
  }

  /**
   * Cuts the broker off from the controller and the other brokers; clients still reach it. The controller fences it
   * broker.session.timeout.ms after its last heartbeat and elects other leaders; until producers refresh their
   * metadata, it goes on taking their writes as the leader it believes it is (a zombie leader).
   */
  isolate(id: number, nowMs: number): void {
    const b = this.broker(id);
    if (!b.isolate(nowMs, this.config.brokerSessionTimeoutMs)) return;
    for (const p of this.hosting(b)) p.rp.brokerIsolated(id);
    this.emit(
      'broker',
      `broker ${id}`,
      `broker ${id} cut off from the controller and the other brokers (clients still reach it); the controller fences it at ${(b.fenceAtMs / 1000).toFixed(1)} s (broker.session.timeout.ms after its last heartbeat)`,
    );
  }

  /** The broker reaches the controller again: it is unfenced, and a zombie leader learns it lost its leadership. */
  reconnect(id: number, nowMs: number): void {
    const b = this.broker(id);
    if (!b.reconnect(nowMs)) return;
    for (const p of this.hosting(b)) p.rp.brokerReconnected(id, nowMs);
    this.emit(
      'broker',
      `broker ${id}`,
      b.alive
        ? `broker ${id} reconnected and registered; it follows the current leaders and truncates what they do not have`
        : `broker ${id} reconnected (its process is down)`,
    );
    this.settle(nowMs);
  }

  /** Partitions the broker still believes it leads though the controller elected another leader. */
  zombieLeaderships(b: BrokerRuntime): number {
    if (!b.isolated) return 0;
    let n = 0;
    for (const p of this.hosting(b)) if (p.rp.isZombie(b.id)) n++;
    return n;
  }

  throttle(id: number, networkMBps: number | null): void {
    const b = this.broker(id);
    b.throttle(networkMBps);
    this.emit(
      'broker',
      `broker ${id}`,
      networkMBps === null
        ? `broker ${id}: network throttle lifted`
        : `broker ${id}: network throttled to ${networkMBps} MB/s`,
    );
  }

  partitionsOf(b: BrokerRuntime): PartitionReplicas[] {
    return this.hosting(b);
  }

  private hosting(b: BrokerRuntime): PartitionReplicas[] {
    return this.partitions.filter((p) => p.brokers.includes(b));
  }

  private fence(b: BrokerRuntime, nowMs: number): void {
    b.fenced = true;
    this.emit(
      'broker',
      `broker ${b.id}`,
      `controller fenced broker ${b.id}: no heartbeat for broker.session.timeout.ms`,
    );
    for (const p of this.hosting(b)) p.rp.brokerFenced(b.id, nowMs);
    const zombies = this.zombieLeaderships(b);
    if (zombies > 0)
      this.emit(
        'broker',
        `broker ${b.id}`,
        `broker ${b.id} still runs and believes it leads ${zombies} partition${zombies === 1 ? '' : 's'} (a zombie leader): producers write to it until their metadata names the new leader`,
      );
  }

  /** Turns every partition's replication events into log changes, counts and words. */
  private settle(nowMs: number): void {
    const partitions = this.partitions;
    for (let i = 0; i < partitions.length; i++) {
      const p = partitions[i]!;
      if (!p.rp.hasEvents) continue;
      p.settle(nowMs, this.ledger, (type, message, change) => {
        if (type === 'election') {
          this.leadersMoved = true;
          if (change === 'offline') {
            this.offlineTransitions++;
            this.scheduleUncleanElectionCheck(nowMs, this.config.uncleanLeaderElectionIntervalMs);
          } else if (this.electing === 'preferred') this.preferredElections++;
          else if (change === 'unclean') this.uncleanElections++;
          else this.elections++;
        }
        this.emit(type, p.label, message);
      });
    }
  }

  /**
   * QuorumController.maybeScheduleNextElectUncleanLeaders, which runs after every controller write: once a partition is
   * leaderless, a check is scheduled unclean.leader.election.interval.ms later (unless one already is).
   */
  private scheduleUncleanElectionCheck(nowMs: number, delayMs: number): void {
    if (this.nextUncleanElectionCheckMs === null) this.nextUncleanElectionCheckMs = nowMs + delayMs;
  }

  /**
   * ReplicationControlManager.maybeElectUncleanLeaders: every leaderless partition whose topic now enables
   * unclean.leader.election.enable gets an unclean election (a live replica leads, in the ISR or not). Turning the
   * setting on elects nothing by itself: Kafka 4.x waits for this periodic check (TopicConfig's documentation says
   * so). While partitions stay leaderless the next check follows an interval later.
   */
  private maybeElectUncleanLeaders(nowMs: number): void {
    this.nextUncleanElectionCheckMs = null;
    const partitions = this.partitions;
    let elected = 0;
    let leaderless = false;
    for (let i = 0; i < partitions.length; i++) {
      const rp = partitions[i]!.rp;
      if (rp.leader >= 0) continue;
      if (elected >= MAX_ELECTIONS_PER_IMBALANCE || !rp.replicationConfig.uncleanLeaderElectionEnable) {
        leaderless = true;
        continue;
      }
      if (rp.electUncleanLeader(nowMs) === 0) elected++;
      else leaderless = true;
    }
    this.settle(nowMs);
    if (leaderless)
      this.scheduleUncleanElectionCheck(
        nowMs,
        elected >= MAX_ELECTIONS_PER_IMBALANCE
          ? IMMEDIATE_RESCHEDULE_MS
          : this.config.uncleanLeaderElectionIntervalMs,
      );
  }

  /**
   * auto.leader.rebalance.enable: once some partition is led by a replica other than its preferred one, the
   * controller waits leader.imbalance.check.interval, then elects the preferred replica wherever it is in the ISR.
   */
  private maybeBalanceLeaders(nowMs: number): void {
    if (!this.config.autoLeaderRebalanceEnable) {
      this.nextLeaderRebalanceMs = null;
      return;
    }
    if (this.nextLeaderRebalanceMs === null) {
      if (!this.leadersMoved) return;
      this.leadersMoved = false;
      if (this.partitions.some((p) => p.isImbalanced()))
        this.nextLeaderRebalanceMs = nowMs + this.config.leaderImbalanceCheckIntervalMs;
      return;
    }
    if (nowMs < this.nextLeaderRebalanceMs) return;
    this.nextLeaderRebalanceMs = null;
    this.electing = 'preferred';
    for (const p of this.partitions) if (p.isImbalanced()) p.rp.electPreferredLeader(nowMs);
    this.settle(nowMs);
    this.electing = null;
  }
}
