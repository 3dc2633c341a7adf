// What the KRaft controller counts as an election, and its periodic unclean election for leaderless partitions
// (QuorumController.maybeScheduleNextElectUncleanLeaders, ReplicationControlManager.maybeElectUncleanLeaders).
import { describe, expect, it } from 'vitest';
import type { PipelineDocument } from '../../model/schema';
import { TestSim } from '../sim.testing';

/** The design with one topic config changed, as the inspector changes it on a running simulation. */
function withTopicConfig(
  doc: PipelineDocument,
  topic: string,
  patch: Record<string, unknown>,
): PipelineDocument {
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.kind === 'topic' && n.id === topic ? { ...n, config: { ...n.config, ...patch } } : n,
    ),
  } as PipelineDocument;
}

describe('elections counted as Kafka counts them', () => {
  it('counts a partition going offline apart from elections, and its returning broker leading it as one', () => {
    const t = new TestSim()
      .topic('logs', { partitions: 1 })
      .source('app', { rate: 100 }, ['logs'])
      .start()
      .advance(1000);
    const leader = t.partition('logs', 0).leader;
    t.sim.applyFault({ type: 'broker-kill', broker: leader });
    // Last heartbeat at 0 ms: fenced at broker.session.timeout.ms = 9,000 ms, and the only replica is gone.
    t.sim.runUntil(9000);
    expect(t.partition('logs', 0).offline).toBe(true);
    expect(t.sim.report().controller).toMatchObject({
      elections: 0,
      uncleanElections: 0,
      preferredElections: 0,
      offlineTransitions: 1,
    });
    t.sim.applyFault({ type: 'broker-restart', broker: leader });
    expect(t.partition('logs', 0).leader).toBe(leader);
    expect(t.sim.report().controller).toMatchObject({ elections: 1, offlineTransitions: 1 });
  });
});

describe('unclean leader election switched on while a partition is offline', () => {
  /**
   * Two brokers, replication factor 2. The follower (broker 2 of partition 0's replicas) is killed at 1,000 ms and
   * fenced at 9,000 ms, leaving the ISR; the leader is killed at 10,000 ms (its heartbeat at 10,000 ms was its last)
   * and fenced at 19,000 ms: the partition is offline with the ISR [leader]. The follower comes back at 20,000 ms
   * but is out of the ISR, so with unclean.leader.election.enable false nobody leads.
   */
  function offline(cluster: { uncleanLeaderElectionIntervalMs?: number } = {}) {
    const t = new TestSim()
      .cluster({ brokers: [{ id: 1 }, { id: 2 }], ...cluster })
      .topic('orders', { partitions: 1, replicationFactor: 2 })
      .source('shop', { rate: 100, acks: '1' }, ['orders'])
      .start()
      .advance(1000);
    const [leader, follower] = t.partition('orders', 0).replicas as [number, number];
    t.sim.applyFault({ type: 'broker-kill', broker: follower });
    t.sim.runUntil(10_000);
    t.sim.applyFault({ type: 'broker-kill', broker: leader });
    t.sim.runUntil(20_000);
    t.sim.applyFault({ type: 'broker-restart', broker: follower });
    return { t, leader, follower };
  }

  it('elects nothing when the setting changes, and elects at the next check: 19,000 + 300,000 ms', () => {
    const { t, leader, follower } = offline();
    expect(t.partition('orders', 0)).toMatchObject({ leader: -1, offline: true, isr: [leader] });
    expect(t.sim.report().controller.offlineTransitions).toBe(1);
    // Offline at 19,000 ms: QuorumController schedules maybeElectUncleanLeaders unclean.leader.election.interval.ms
    // (300,000 ms, ReplicationConfigs) later.
    expect(t.state.cluster.nextUncleanElectionCheckMs).toBe(319_000);
    t.sim.runUntil(30_000);
    t.sim.update(withTopicConfig(t.sim.document, 'orders', { uncleanLeaderElectionEnable: true }));
    t.advance(1);
    // Kafka 4.x does not elect on the config change (TopicConfig: "it needs to wait for the unclean leader election
    // thread to trigger election periodically").
    expect(t.partition('orders', 0).leader).toBe(-1);
    t.sim.runUntil(318_999);
    expect(t.partition('orders', 0).leader).toBe(-1);
    t.sim.runUntil(319_000);
    expect(t.partition('orders', 0)).toMatchObject({ leader: follower, isr: [follower], offline: false });
    expect(t.sim.report().controller).toMatchObject({
      elections: 0,
      uncleanElections: 1,
      offlineTransitions: 1,
    });
    expect(t.state.cluster.nextUncleanElectionCheckMs).toBeNull();
    expect(t.eventLines('election').at(-1)).toBe(
      `319000: leader is now broker ${follower}, leader epoch 2, elected from outside the ISR (unclean)`,
    );
  });

  it('checks again every interval while the partition stays leaderless: 319,000 ms finds it disabled, 619,000 ms elects', () => {
    const { t, follower } = offline();
    t.sim.runUntil(319_000);
    expect(t.partition('orders', 0).leader).toBe(-1);
    expect(t.state.cluster.nextUncleanElectionCheckMs).toBe(619_000);
    t.sim.runUntil(400_000);
    t.sim.update(withTopicConfig(t.sim.document, 'orders', { uncleanLeaderElectionEnable: true }));
    t.sim.runUntil(618_999);
    expect(t.partition('orders', 0).leader).toBe(-1);
    t.sim.runUntil(619_000);
    expect(t.partition('orders', 0).leader).toBe(follower);
    expect(t.sim.report().controller.uncleanElections).toBe(1);
  });

  it('follows unclean.leader.election.interval.ms: 60,000 ms gives the election at 79,000 ms', () => {
    const { t, follower } = offline({ uncleanLeaderElectionIntervalMs: 60_000 });
    t.sim.update(withTopicConfig(t.sim.document, 'orders', { uncleanLeaderElectionEnable: true }));
    t.sim.runUntil(78_999);
    expect(t.partition('orders', 0).leader).toBe(-1);
    t.sim.runUntil(79_000);
    expect(t.partition('orders', 0).leader).toBe(follower);
  });
});
