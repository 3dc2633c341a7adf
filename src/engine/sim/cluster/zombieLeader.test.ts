// A leader cut off from the controller and the other brokers but not from clients (broker-isolate): KRaft fences it
// after broker.session.timeout.ms and elects another leader, while it goes on answering producers whose metadata
// still names it, until their metadata refresh; when it reconnects it truncates to the new leader's log.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../model/validate';
import { TestSim } from '../sim.testing';

/**
 * RF 3, min.insync.replicas 2, one partition led by broker 1; 1,000 records/s; broker 1 cut off at 5 s, back at 40 s.
 * metadata.max.age.ms 15,000 pins the producer's refresh at 15 s (and 30 s, 45 s): the first one after the election.
 */
function zombie(acks: 'all' | '1') {
  return new TestSim()
    .topic('orders', { partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 })
    .source('shop', { rate: 1000, acks, metadataMaxAgeMs: 15_000 }, ['orders'])
    .faults([
      { atMs: 5_000, type: 'broker-isolate', broker: 1 },
      { atMs: 40_000, type: 'broker-reconnect', broker: 1 },
    ])
    .start();
}

const broker = (t: TestSim, id: number) => t.sim.report().brokers.find((b) => b.id === id)!;

describe('a zombie leader (broker-isolate, broker-reconnect)', () => {
  it('is fenced broker.session.timeout.ms after its last heartbeat and another ISR replica leads', () => {
    const t = zombie('1').advance(5_001);
    // Cut off, not yet fenced: the controller still counts it in, clients still write to it.
    expect(broker(t, 1)).toMatchObject({ status: 'isolated', zombieLeaders: 0, leaders: 1 });
    expect(t.partition('orders', 0)).toMatchObject({ leader: 1, isr: [1, 2, 3], leaderEpoch: 0 });
    // Heartbeats every broker.heartbeat.interval.ms (2 s) from the start: the last one reached the controller at
    // 4 s, so BrokerHeartbeatManager's session (broker.session.timeout.ms, 9 s) lapses at 13 s.
    t.advance(12_999 - 5_001);
    expect(broker(t, 1).status).toBe('isolated');
    t.advance(1);
    expect(broker(t, 1)).toMatchObject({ status: 'isolated-fenced', zombieLeaders: 1, leaders: 0 });
    // handleBrokerFenced: it leaves the ISR, and the first live ISR replica in assignment order leads, epoch 1.
    const p = t.partition('orders', 0);
    expect(p).toMatchObject({ leader: 2, isr: [2, 3], leaderEpoch: 1 });
    expect(t.eventLines('broker')).toContain(
      '13000: broker 1 still runs and believes it leads 1 partition (a zombie leader): producers write to it until their metadata names the new leader',
    );
  });

  it('acks=1: what it acknowledged after the cut is lost when it reconnects and truncates', () => {
    const t = zombie('1').advance(5_000);
    // The followers fetched everything written before the cut (they fetch every millisecond while there are new records).
    const atCut = t.partition('orders', 0).replicaLogEndOffsets;
    expect(atCut[1]).toBe(atCut[0]);
    const ackedAtCut = t.delivery('shop').recordsAcked;

    // Until the producer's metadata refresh at 15 s it writes to broker 1, which answers acks=1 at once.
    t.advance(15_000 - 5_000);
    const ackedByZombie = t.delivery('shop').recordsAcked - ackedAtCut;
    // 1,000 records/s for the 10 s from 5 s to 15 s.
    expect(ackedByZombie).toBe(10_000);
    // From 15 s on the producer writes to broker 2, the new leader: 1,000 records in that second.
    t.advance(1_000);
    expect(t.partition('orders', 0).replicaLogEndOffsets[1]).toBe(atCut[1]! + 1000);

    // The records it took between the cut and the election left the partition's log when broker 2 took over with its
    // shorter log (8 s at 1,000 records/s); what it took after the election is in its own log only.
    t.advance(39_000 - 16_000);
    expect(t.delivery('shop').recordsLost).toBe(8_000);

    t.advance(41_000 - 39_000);
    // On reconnect it learns of leader epoch 1 and truncates to where its log and broker 2's agree (KIP-101/279):
    // everything it took after the cut is gone, acknowledged and lost.
    expect(t.partition('orders', 0)).toMatchObject({ leader: 2, isr: [1, 2, 3] });
    expect(broker(t, 1).status).toBe('up');
    expect(t.delivery('shop').recordsLost).toBe(10_000);
  });

  it('acks=all: its produce requests time out and are retried to the new leader; nothing acknowledged is lost', () => {
    const t = zombie('all').advance(15_000);
    // No follower fetches from it, so its high watermark stays where it was at the cut: nothing sent after 5 s is
    // acknowledged; max.in.flight.requests.per.connection (5) requests wait at broker 1.
    const shop = t.delivery('shop');
    // Acknowledged: the records of the first 5 s (one each ms) but those of the last linger.ms (5 ms), still in
    // the open batch at the cut.
    expect(shop.recordsAcked).toBe(5_000 - 5);
    expect(shop.recordsLost).toBe(0);
    // request.timeout.ms (30 s) after they went out, they fail with REQUEST_TIMED_OUT, the producer refreshes its
    // metadata and sends them to broker 2.
    t.advance(60_000 - 15_000);
    const later = t.delivery('shop');
    expect(later.recordsLost).toBe(0);
    expect(later.recordsFailed).toBe(0);
    // The first went out at 5,001 ms (the first batch after the cut): request.timeout.ms later it times out.
    expect(t.eventLines('produce-error')).toContain('35001: orders-0: REQUEST_TIMED_OUT, retrying');
    // The requests in flight at broker 1: max.in.flight.requests.per.connection (5) batches of linger.ms (5 ms) at
    // 1,000 records/s, 5 records each.
    expect(later.recordsRetried).toBe(25);
    // Everything is acknowledged but the producer's open batch: a batch goes once linger.ms (5 ms) old, so it holds
    // 6 records when drained, and the last one has 2 (59,999 records sent by 60 s).
    expect(later).toMatchObject({ recordsProduced: 59_999, recordsInFlight: 2 });
    expect(later.recordsAcked).toBe(59_997);
    expect(t.partition('orders', 0)).toMatchObject({ leader: 2, isr: [1, 2, 3] });
  });
});

describe('a broker cut off only briefly', () => {
  it('reconnected before broker.session.timeout.ms: no election, the followers catch up, nothing lost', () => {
    const t = new TestSim()
      .topic('orders', { partitions: 1, replicationFactor: 3, minInsyncReplicas: 2 })
      .source('shop', { rate: 1000, acks: '1' }, ['orders'])
      .faults([
        { atMs: 5_000, type: 'broker-isolate', broker: 1 },
        { atMs: 8_000, type: 'broker-reconnect', broker: 1 },
      ])
      .start()
      .advance(7_999);
    // Cut off, its followers stopped fetching: its high watermark stays at the cut.
    expect(t.partition('orders', 0).highWatermark).toBe(4_995);
    t.advance(20_000 - 7_999);
    expect(t.partition('orders', 0)).toMatchObject({ leader: 1, leaderEpoch: 0, isr: [1, 2, 3] });
    expect(t.sim.report().controller.elections).toBe(0);
    expect(t.delivery('shop').recordsLost).toBe(0);
  });

  it('a schedule naming an unknown broker is refused', () => {
    const parsed = parseDocument({
      format: 'franz.pipeline',
      version: 1,
      nodes: [],
      edges: [],
      faults: [{ atMs: 1000, type: 'broker-isolate', broker: 9 }],
    });
    expect(parsed.ok ? [] : parsed.errors).toEqual(['faults[0].broker: no broker with id 9']);
  });
});

describe('consumers across the cut a zombie leaves in the log', () => {
  it('records below the cut that a restarted member reads again are duplicates, not out of order', () => {
    // Broker 2 leads events-1 and takes 5 more records after the cut; the election cuts them (offset 99). The group
    // had read 0..98 before a member crashed without committing; after the rebalance they are read again.
    const t = new TestSim({ seed: 948414 })
      .topic('events', { partitions: 2, replicationFactor: 3, minInsyncReplicas: 2 })
      .source('app', { rate: 100, acks: 'all' }, ['events'])
      .sink('readers', { consumers: 2, autoOffsetReset: 'earliest', sessionTimeoutMs: 10_000 }, ['events'])
      .faults([
        { atMs: 1_000, type: 'broker-isolate', broker: 2 },
        { atMs: 7_000, type: 'consumer-kill', node: 'readers' },
        { atMs: 7_001, type: 'consumer-start', node: 'readers' },
      ])
      .start()
      .advance(30_000);
    expect(t.eventLines('truncation')).toContain(
      "9000: the new leader's log ends at 99; records 99..103 are gone",
    );
    const readers = t.group('readers');
    expect(readers.outOfOrder).toBe(0);
    expect(readers.duplicates).toBe(99);
  });

  it('a broker made leader after it was cut off never hears of it: it refuses produce until the controller fences it', () => {
    // Broker 2 is cut off at 5 s, while still in the ISR and not yet fenced; broker 1 shuts down at 6 s and the
    // controller moves leadership to the first live ISR replica in assignment order, broker 2 (epoch 1). That
    // PartitionRecord never reaches broker 2, so it never runs Partition.makeLeader: produce to it is answered
    // NOT_LEADER_OR_FOLLOWER. At 13 s (its last heartbeat at 4 s + broker.session.timeout.ms 9 s) it is fenced
    // and broker 3 leads, epoch 2. Nothing was acknowledged by a leader that did not know it led, so nothing is lost.
    const t = new TestSim()
      .topic('orders', { partitions: 1, replicationFactor: 3, minInsyncReplicas: 1 })
      .source('shop', { rate: 1000, acks: '1' }, ['orders'])
      .faults([
        { atMs: 5_000, type: 'broker-isolate', broker: 2 },
        { atMs: 6_000, type: 'broker-shutdown', broker: 1 },
      ])
      .start()
      .advance(7_000);
    expect(t.partition('orders', 0)).toMatchObject({ leader: 2, leaderEpoch: 1 });
    expect(t.eventLines('produce-error').some((l) => l.includes('NOT_LEADER_OR_FOLLOWER'))).toBe(true);
    t.advance(13_000 - 7_000);
    expect(t.partition('orders', 0)).toMatchObject({ leader: 3, leaderEpoch: 2 });
    t.advance(20_000 - 13_000);
    const shop = t.delivery('shop');
    expect(shop.recordsLost).toBe(0);
    expect(shop.recordsFailed).toBe(0);
  });
});
