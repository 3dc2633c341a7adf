// A broker dies and comes back: the controller fences it, leadership and the ISR move, and move back.
import { describe, expect, it } from 'vitest';
import { TestSim } from '../sim.testing';

function cluster() {
  return new TestSim()
    .topic('orders', { partitions: 3, replicationFactor: 3, minInsyncReplicas: 2 })
    .source('shop', { rate: 1000, keys: { type: 'uniform', count: 100 } }, ['orders'])
    .sink('billing', { autoOffsetReset: 'earliest' }, ['orders']);
}

describe('a broker killed and restarted', () => {
  it('places three replicas per partition, each led by its first replica, all in sync', () => {
    const t = cluster().start().advance(5000);
    // The followers' next fetch tells the leader how far they are: once the producer pauses, the high watermark is
    // at the log end.
    t.sim.pauseSource('shop', true);
    t.advance(10);
    const replicas = [0, 1, 2].map((p) => t.partition('orders', p).replicas);
    // StripedReplicaPlacer with three rackless brokers: every broker leads one partition.
    expect(new Set(replicas.map((r) => r[0]))).toEqual(new Set([1, 2, 3]));
    for (let p = 0; p < 3; p++) {
      const part = t.partition('orders', p);
      expect(part.leader).toBe(part.replicas[0]);
      expect(part.isr).toHaveLength(3);
      expect(part.highWatermark).toBe(part.logEndOffset);
    }
  });

  it('is fenced broker.session.timeout.ms after its last heartbeat, then its partitions elect a new leader', () => {
    const t = cluster().start().advance(5000);
    const led = [0, 1, 2].find((p) => t.partition('orders', p).leader === 1)!;
    const before = t.partition('orders', led);
    t.sim.applyFault({ type: 'broker-kill', broker: 1 });
    // Heartbeats go every 2000 ms from 0: the last one before 5000 ms was at 4000 ms, so fencing is at 13000 ms.
    t.advance(7999);
    expect(t.sim.report().brokers.find((b) => b.id === 1)!.status).toBe('stopped');
    expect(t.partition('orders', led).leader).toBe(1);
    t.advance(1);
    expect(t.sim.report().brokers.find((b) => b.id === 1)!.status).toBe('fenced');
    const after = t.partition('orders', led);
    // KRaft elects the first active ISR member in assignment order.
    expect(after.leader).toBe(before.replicas[1]);
    expect(after.leaderEpoch).toBe(before.leaderEpoch + 1);
    expect(after.isr).toEqual(before.replicas.slice(1));
    expect(after.underReplicated).toBe(true);
    expect(t.eventLines('broker')).toContain(
      '13000: controller fenced broker 1: no heartbeat for broker.session.timeout.ms',
    );
  });

  it('loses no acknowledged record with acks=all, and the consumer reads everything acknowledged', () => {
    const t = cluster().start().advance(5000);
    t.sim.applyFault({ type: 'broker-kill', broker: 1 });
    t.advance(20_000);
    t.sim.applyFault({ type: 'broker-restart', broker: 1 });
    t.advance(20_000);
    const shop = t.delivery('shop');
    expect(shop.recordsLost).toBe(0);
    expect(shop.recordsFailed).toBe(0);
    expect(shop.recordsDuplicated).toBe(0);
    const billing = t.group('billing');
    expect(billing.duplicates).toBe(0);
    expect(billing.outOfOrder).toBe(0);
    // Everything acknowledged is in the logs, below the high watermark.
    const hw = [0, 1, 2].reduce((sum, p) => sum + t.partition('orders', p).highWatermark, 0);
    expect(hw).toBe(shop.recordsAcked);
  });

  it('catches up after a restart, rejoins the ISR, and gets leadership back at the next leader rebalance', () => {
    const t = cluster().start().advance(5000);
    const led = [0, 1, 2].find((p) => t.partition('orders', p).leader === 1)!;
    t.sim.applyFault({ type: 'broker-kill', broker: 1 });
    t.advance(10_000);
    t.sim.applyFault({ type: 'broker-restart', broker: 1 });
    t.advance(100);
    const back = t.partition('orders', led);
    expect(back.isr).toHaveLength(3);
    expect(back.replicaLogEndOffsets).toEqual([back.logEndOffset, back.logEndOffset, back.logEndOffset]);
    expect(back.leader).not.toBe(1);
    expect(t.sim.report().controller.nextLeaderRebalanceMs).toBe(13_000 + 300_000);
    t.sim.runUntil(313_001);
    expect(t.partition('orders', led).leader).toBe(1);
    expect(t.sim.report().controller).toMatchObject({
      elections: 1,
      preferredElections: 1,
      uncleanElections: 0,
    });
  });

  it('moves leadership at once in a controlled shutdown', () => {
    const t = cluster().start().advance(5000);
    const led = [0, 1, 2].find((p) => t.partition('orders', p).leader === 2)!;
    t.sim.applyFault({ type: 'broker-shutdown', broker: 2 });
    const after = t.partition('orders', led);
    expect(after.leader).not.toBe(2);
    expect(after.isr).not.toContain(2);
    expect(t.sim.report().brokers.find((b) => b.id === 2)!.status).toBe('fenced');
    t.advance(5000);
    expect(t.delivery('shop').recordsLost).toBe(0);
  });

  it('takes a partition offline when its only replica dies, and back when it returns', () => {
    const t = new TestSim()
      .topic('logs', { partitions: 1 })
      .source('app', { rate: 100 }, ['logs'])
      .start()
      .advance(1000);
    const leader = t.partition('logs', 0).leader;
    t.sim.applyFault({ type: 'broker-kill', broker: leader });
    t.advance(10_000);
    expect(t.partition('logs', 0)).toMatchObject({ leader: -1, offline: true });
    t.sim.applyFault({ type: 'broker-restart', broker: leader });
    t.advance(1000);
    expect(t.partition('logs', 0)).toMatchObject({ leader, offline: false, isr: [leader] });
    // The batches that waited for a leader were written once it was back.
    expect(t.delivery('app')).toMatchObject({ recordsLost: 0, recordsFailed: 0 });
  });
});
