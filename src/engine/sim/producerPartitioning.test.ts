// Null keys follow the cluster (KIP-794, Kafka 4.x BuiltInPartitioner fed by RecordAccumulator.ready): a leaderless
// partition takes no new records, a slow one takes few.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

/**
 * RF 1, 3 partitions (each led by its own broker), null keys at 1,000 records/s of 100 B; broker 1 (partition 0's
 * leader) is killed at 10 s and fenced by the controller at 19 s (its last heartbeat at 10 s + broker.session.timeout.ms
 * 9 s), leaving partition 0 without a leader.
 */
function killOneBroker(producer: object) {
  const t = new TestSim()
    .topic('logs', { partitions: 3 })
    .source('app', { rate: 1000, ...producer }, ['logs'])
    .faults([{ atMs: 10_000, type: 'broker-kill', broker: 1 }])
    .start();
  t.sim.runUntil(19_000);
  const atFencing = t.delivery('app');
  t.sim.runUntil(60_000);
  const later = t.delivery('app');
  return { t, atFencing, later };
}

describe('records without a key', () => {
  it('stop going to a partition once it has no leader, and go less to one whose broker does not answer', () => {
    const { t, atFencing, later } = killOneBroker({});
    expect(t.partition('logs', 0)).toMatchObject({ leader: -1, offline: true });
    // Between the kill and the fencing, partition 0's leader is known but the producer cannot connect: its batches
    // wait, its queue grows, and adaptive partitioning (queue sizes from RecordAccumulator.ready) sends fewer records
    // there. 889 records are stranded, of the 9,000 sent meanwhile.
    expect(atFencing.recordsInFlight).toBe(889);
    // After the fencing, Cluster.availablePartitionsForTopic leaves partition 0 out: of the 41,000 records sent from
    // 19 s to 60 s none waits for it. (Before this change every third record went there: 15,540 of the 50,000 sent
    // after the kill were stranded at 60 s, and they failed after delivery.timeout.ms.)
    expect(later.recordsProduced - atFencing.recordsProduced).toBe(41_000);
    expect(later.recordsInFlight).toBe(889);
    expect(later.recordsFailed).toBe(0);
    // delivery.timeout.ms (120 s) after they were batched, the stranded records fail; nothing else does.
    t.sim.runUntil(140_000);
    expect(t.delivery('app')).toMatchObject({ recordsFailed: 888, recordsInFlight: 1 });
  }, 60_000);

  it('without adaptive partitioning only availability counts: records wait for the partition until the fencing', () => {
    const { atFencing, later } = killOneBroker({ partitionerAdaptivePartitioningEnable: false });
    // Uniform over the three partitions until the fencing (26 of the sticky partitioner's draws, batches of 148
    // records, fell on partition 0), then none.
    expect(atFencing.recordsInFlight).toBe(3849);
    expect(later.recordsInFlight).toBe(3849);
  });

  it('with partitioner.availability.timeout.ms, a broker not drained for that long is left out before the fencing', () => {
    const { atFencing, later } = killOneBroker({ partitionerAvailabilityTimeoutMs: 1000 });
    // Its node had data ready but could not be sent to for more than 1 s (NodeLatencyStats): 299 records, not 889.
    expect(atFencing.recordsInFlight).toBe(299);
    expect(later.recordsInFlight).toBe(299);
  });

  it('go mostly to the fast partitions when a broker is throttled, so none fail', () => {
    // 5,000 records/s of 1 KB (5 MB/s) over three partitions; broker 1 (partition 0) throttled to 0.5 MB/s.
    // Before, a third of the records went to partition 0 whatever its queue: 29% of all records failed by 60 s
    // (buffer.memory full, then delivery.timeout.ms), 43% by 120 s.
    const t = new TestSim()
      .topic('logs', { partitions: 3 })
      .source('app', { rate: 5000, recordSize: { type: 'fixed', bytes: 1000 } }, ['logs'])
      .faults([{ atMs: 0, type: 'broker-throttle', broker: 1, networkMBps: 0.5 }])
      .start()
      .advance(120_000);
    const d = t.delivery('app');
    expect(d.recordsProduced).toBe(600_000);
    expect(d.recordsFailed).toBe(0);
    // Partition 0 takes what its broker's link carries (0.5 MB/s: about 490 records of 1,021 bytes a second).
    expect(t.logEndOffsets('logs')).toEqual([59_216, 271_424, 269_264]);
  });

  it('partitioner.ignore.keys spreads keyed records like unkeyed ones', () => {
    const run = (partitionerIgnoreKeys: boolean) =>
      new TestSim()
        .topic('a', { partitions: 3 })
        .source('s', { rate: 1000, keys: { type: 'list', values: ['k'] }, partitionerIgnoreKeys }, ['a'])
        .start()
        .advance(10_000)
        .logEndOffsets('a');
    // One key: murmur2 puts every record on one partition; ignoring keys, the sticky partitioner spreads them.
    expect(run(false).filter((n) => n > 0)).toHaveLength(1);
    expect(run(true).filter((n) => n > 0)).toHaveLength(3);
  });
});
