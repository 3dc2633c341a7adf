// The Capacity what-if: brokers a person takes down, recomputed like the N+1 headroom (the controller's elected leaders,
// the survivors' load), by hand on a 3-broker design; the running simulation and the headroom rows stay as they were.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';
import { topicLoads } from '../capacity/topicLoad';

// 3 brokers with 4.5 MB/s of network out each; one topic of 3 partitions, RF 3 (every broker holds every partition),
// an hour's retention, 3000 records/s of 1000 bytes round robin (about 1 MB/s per partition), one group reading it.
function design(): TestSim {
  return new TestSim()
    .cluster({
      brokers: [
        { id: 1, networkOutMBps: 4.5 },
        { id: 2, networkOutMBps: 4.5 },
        { id: 3, networkOutMBps: 4.5 },
      ],
    })
    .topic('t', { partitions: 3, replicationFactor: 3, retentionMs: 3_600_000 })
    .source('src', { rate: 3000, partitioner: 'roundrobin', recordSize: { type: 'fixed', bytes: 1000 } }, [
      't',
    ])
    .sink('a', {}, ['t'])
    .start();
}

describe('capacity what-if: brokers taken down', () => {
  it('gives broker 2’s leaders to the first live in-sync replica and recomputes what the survivors take', () => {
    const s = design();
    s.advance(60_000);
    const parts = s.sim.report().topics[0]!.partitions;
    const c = s.sim.report({ capacity: { down: [2] } }).capacity!;
    const [load] = topicLoads(s.sim.document, new Map([['t', 3]]), 1);
    const P = load!.produceBytes[0]!; // produce bytes/s into one partition's leader
    const Q = load!.logBytes[0]!; // what one follower copies of it
    const V = load!.payloadBytes[0]!; // what the group reads of it
    // About 1 MB/s each (1000 records/s x 1000 bytes plus framing).
    expect(P / 1e6).toBeCloseTo(1.0, 1);

    // Everything healthy: each broker leads one partition, follows two: in P + 2Q, out 2Q + V, about 3 MB/s of 4.5.
    expect(parts.map((p) => p.leader).sort()).toEqual([1, 2, 3]);
    expect(c.verdict, c.bottleneck.cause).toBe('copes');
    const w = c.whatIf!;
    expect(w.scenario).toBe('broker 2 down');
    expect(w.brokers.map((b) => b.id)).toEqual([1, 3]);

    // By hand: the partition broker 2 led goes to the first other replica in its replica order (all in sync).
    const led = parts.find((p) => p.leader === 2)!;
    const heir = led.replicas.find((r) => r !== 2)!;
    for (const b of w.brokers) {
      const leads = b.id === heir ? 2 : 1;
      // Each survivor still holds all 3 partitions: in P per lead and Q per follow; out to the one live follower (Q)
      // and the group (V) per lead, nothing to broker 2.
      expect(b.expected.leaders).toBe(leads);
      expect(b.expected.partitions).toBe(3);
      expect(b.expected.networkInBytesPerSec).toBeCloseTo(leads * P + (3 - leads) * Q, 6);
      expect(b.expected.networkOutBytesPerSec).toBeCloseTo(leads * (Q + V), 6);
    }
    // The heir sends 2 x (Q + V), about 4 MB/s of its 4.5 MB/s: 89%, past the 80% limit.
    const heirOut = 2 * (Q + V);
    expect(heirOut / 4.5e6).toBeGreaterThan(0.8);
    expect(w.verdict).toBe('does not cope');
    expect(w.bottleneck.resource).toBe('networkOut');
    expect(w.bottleneck.broker).toBe(heir);
    expect(w.bottleneck.utilisation).toBeCloseTo(heirOut / 4.5e6, 6);
    expect(w.bottleneck.cause).toMatch(new RegExp(`^broker ${heir} network out at 8[89]%`));
  });

  it('takes several brokers down, with partitions left on one broker, and leaves the simulation and headroom as they were', () => {
    const s = design();
    s.advance(60_000);
    const plain = s.sim.report({ capacity: true }).capacity!;
    expect(plain.whatIf).toBeNull();
    const c = s.sim.report({ capacity: { down: [3, 1] } }).capacity!;
    const w = c.whatIf!;
    expect(w.scenario).toBe('brokers 1, 3 down');
    // Broker 2 alone leads all 3 partitions and has no follower to feed: in 3P, out 3V.
    const [load] = topicLoads(s.sim.document, new Map([['t', 3]]), 1);
    expect(w.brokers).toHaveLength(1);
    expect(w.brokers[0]!.id).toBe(2);
    expect(w.brokers[0]!.expected.leaders).toBe(3);
    expect(w.brokers[0]!.expected.networkInBytesPerSec).toBeCloseTo(3 * load!.produceBytes[0]!, 6);
    expect(w.brokers[0]!.expected.networkOutBytesPerSec).toBeCloseTo(3 * load!.payloadBytes[0]!, 6);
    // A what-if only: the headroom rows and the running brokers are those of the report without it.
    expect(c.headroom).toEqual(plain.headroom);
    expect(c.verdict).toBe(plain.verdict);
    expect(s.sim.report().brokers.map((b) => b.status)).toEqual(['up', 'up', 'up']);
    expect(s.sim.report().topics[0]!.partitions.map((p) => p.isr.length)).toEqual([3, 3, 3]);
  });

  it('with every broker down nothing is left', () => {
    const s = design();
    s.advance(20_000);
    const w = s.sim.report({ capacity: { down: [1, 2, 3] } }).capacity!.whatIf!;
    expect(w.verdict).toBe('does not cope');
    expect(w.bottleneck.cause).toBe('no broker is left');
    expect(w.brokers).toEqual([]);
  });

  it('says what Kafka stops doing: partitions under min.insync.replicas refuse acks=all, partitions with no live replica go offline', () => {
    // orders: RF 3, min.insync.replicas 2; logs: RF 1, one partition per broker. Little traffic: load is no issue.
    const s = new TestSim()
      .topic('orders', { partitions: 3, replicationFactor: 3, minInsyncReplicas: 2, retentionMs: 3_600_000 })
      .topic('logs', { partitions: 3, replicationFactor: 1, retentionMs: 3_600_000 })
      .source('src', { rate: 100 }, ['orders', 'logs'])
      .sink('a', {}, ['orders'])
      .start();
    s.advance(20_000);
    const whatIf = (down: number[]) => s.sim.report({ capacity: { down } }).capacity!.whatIf!;
    const logs = s.sim.report().topics.find((t) => t.name === 'logs')!.partitions;
    const onBroker2 = logs.findIndex((p) => p.replicas[0] === 2);

    // One broker down: orders keeps 2 in-sync replicas (enough), but the logs partition only broker 2 held is offline.
    const one = whatIf([2]);
    expect(one.verdict).toBe('does not cope');
    expect(one.bottleneck).toMatchObject({ resource: 'partitions', topic: 'logs' });
    expect(one.bottleneck.cause).toBe(
      `logs-${onBroker2} offline: no in-sync replica is left on a live broker`,
    );

    // Two down: also every orders partition keeps 1 in-sync replica of the 2 it needs; offline still comes first,
    // with the count of the others.
    const two = whatIf([1, 2]);
    expect(two.bottleneck.cause).toMatch(
      /^logs-\d offline: no in-sync replica is left on a live broker \(1 more partition offline\)$/,
    );
  });

  it('with enough replicas left, min.insync.replicas is the first thing that fails', () => {
    const s = new TestSim()
      .topic('orders', { partitions: 3, replicationFactor: 3, minInsyncReplicas: 2, retentionMs: 3_600_000 })
      .source('src', { rate: 100 }, ['orders'])
      .sink('a', {}, ['orders'])
      .start();
    s.advance(20_000);
    const whatIf = (down: number[]) => s.sim.report({ capacity: { down } }).capacity!.whatIf!;
    expect(whatIf([3]).verdict).toBe('copes');
    const two = whatIf([3, 1]);
    expect(two.verdict).toBe('does not cope');
    expect(two.bottleneck.cause).toBe(
      'orders-0 keeps 1 in-sync replica, fewer than min.insync.replicas 2: acks=all producers are refused (NOT_ENOUGH_REPLICAS) (2 more partitions under min.insync.replicas)',
    );
    // The headroom rows judge load only, as before.
    expect(s.sim.report({ capacity: true }).capacity!.headroom.every((h) => h.verdict === 'copes')).toBe(
      true,
    );
  });
});
