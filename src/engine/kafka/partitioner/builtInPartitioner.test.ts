// Tests for the KIP-794 BuiltInPartitioner port, with BuiltInPartitionerTest and RecordAccumulatorTest cases.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../common/rng';
import { BuiltInPartitioner } from './builtInPartitioner';
import {
  SequentialRandom,
  recordSize,
  batchSizeUpperBound,
  Accumulator,
  switchPoints,
  VALUE_FOR_1000_BYTE_RECORD,
} from './partitioner.testing';

describe('record sizes used by the accumulator model', () => {
  it('match DefaultRecord.sizeInBytes', () => {
    expect(recordSize(0, -1, VALUE_FOR_1000_BYTE_RECORD)).toBe(1000);
    expect(recordSize(0, 3, 988)).toBe(1000);
    expect(batchSizeUpperBound(-1, VALUE_FOR_1000_BYTE_RECORD)).toBe(1077);
    expect(recordSize(0, -1, 5)).toBe(12);
    expect(recordSize(0, -1, 1024)).toBe(1033);
  });
});

describe('BuiltInPartitioner (BuiltInPartitionerTest)', () => {
  it('testStickyPartitioning: keeps the partition until stickyBatchSize bytes, also with one partition', () => {
    const a = new BuiltInPartitioner(3, 3, new SequentialRandom());
    const partA = a.peekCurrentPartition();
    a.updatePartitionInfo(1);
    expect(a.peekCurrentPartition()).toBe(partA);
    a.updatePartitionInfo(1);
    expect(a.peekCurrentPartition()).toBe(partA);
    a.updatePartitionInfo(1);
    expect(a.peekCurrentPartition()).not.toBe(partA);

    const b = new BuiltInPartitioner(1, 1, new SequentialRandom());
    for (let c = 0; c < 10; c++) {
      expect(b.peekCurrentPartition()).toBe(0);
      b.updatePartitionInfo(1);
    }
  });

  it('unavailablePartitionsTest: never picks a partition without a leader', () => {
    // Topic A: partition 1 has no leader.
    const a = new BuiltInPartitioner(3, 1, new Rng(7));
    a.setAvailablePartitions([0, 2]);
    const partA = a.peekCurrentPartition();
    a.updatePartitionInfo(1);
    expect(partA).not.toBe(1);
    let foundAnother = false;
    for (let i = 0; i < 100; i++) {
      const p = a.peekCurrentPartition();
      a.updatePartitionInfo(1);
      expect(p).not.toBe(1);
      foundAnother ||= p !== partA;
    }
    expect(foundAnother).toBe(true);

    // Topic B: partition 0 has no leader, so it is always partition 1.
    const b = new BuiltInPartitioner(2, 1, new Rng(7));
    b.setAvailablePartitions([1]);
    for (let i = 0; i < 101; i++) {
      expect(b.peekCurrentPartition()).toBe(1);
      b.updatePartitionInfo(1);
    }

    // Topic C: its only partition has no leader; Java still picks among all partitions.
    const c = new BuiltInPartitioner(1, 1, new Rng(7));
    c.setAvailablePartitions([]);
    expect(c.peekCurrentPartition()).toBe(0);
    c.updatePartitionInfo(1);
    expect(c.peekCurrentPartition()).toBe(0);
  });

  it('adaptivePartitionsTest: frequencies are max(queue)+1 - queue size', () => {
    const random = new SequentialRandom();
    const partitioner = new BuiltInPartitioner(5, 1, random);
    const queueSizes = [5, 0, 3, 0, 1];
    partitioner.updatePartitionLoadStats(queueSizes, [0, 1, 2, 3, 4], queueSizes.length);
    expect(partitioner.loadStatsRangeEnd()).toBe(21);

    const cycles = 2;
    const frequencies = [0, 0, 0, 0, 0];
    for (let i = 0; i < partitioner.loadStatsRangeEnd() * cycles; i++) {
      frequencies[partitioner.peekCurrentPartition()]!++;
      partitioner.updatePartitionInfo(1);
    }
    expect(frequencies).toEqual(queueSizes.map((q) => (6 - q) * cycles));
  });

  it('testStickyBatchSizeMoreThatZero', () => {
    expect(() => new BuiltInPartitioner(3, 0, new SequentialRandom())).toThrow();
    expect(() => new BuiltInPartitioner(3, 1, new SequentialRandom())).not.toThrow();
  });
});

describe('BuiltInPartitioner.updatePartitionInfo thresholds', () => {
  it('switches once stickyBatchSize bytes were produced when switching is enabled', () => {
    const p = new BuiltInPartitioner(3, 16384, new SequentialRandom());
    expect(p.peekCurrentPartition()).toBe(0);
    for (let r = 1; r <= 16; r++) expect(p.updatePartitionInfo(1000, true)).toBe(false);
    expect(p.producedBytes()).toBe(16000);
    expect(p.updatePartitionInfo(1000, true)).toBe(true); // 17000 >= 16384
    expect(p.peekCurrentPartition()).toBe(1);
    expect(p.producedBytes()).toBe(0);
  });

  it('with switching disabled, switches only at 2 * stickyBatchSize', () => {
    const p = new BuiltInPartitioner(3, 16384, new SequentialRandom());
    p.peekCurrentPartition();
    for (let r = 1; r <= 32; r++) expect(p.updatePartitionInfo(1000, false)).toBe(false); // up to 32000
    expect(p.updatePartitionInfo(1000, false)).toBe(true); // 33000 >= 32768
    expect(p.peekCurrentPartition()).toBe(1);
  });

  it('completes a deferred switch on a 0-byte update once switching is enabled', () => {
    const p = new BuiltInPartitioner(3, 16384, new SequentialRandom());
    p.peekCurrentPartition();
    expect(p.updatePartitionInfo(17000, false)).toBe(false);
    expect(p.updatePartitionInfo(0, true)).toBe(true);
    expect(p.peekCurrentPartition()).toBe(1);
  });

  it('draws the first partition lazily and the next one at the moment of the switch', () => {
    const random = new SequentialRandom();
    const p = new BuiltInPartitioner(3, 10, random);
    expect(random.draws).toBe(0);
    expect(p.peekCurrentPartition()).toBe(0);
    expect(random.draws).toBe(1);
    p.updatePartitionInfo(10);
    expect(random.draws).toBe(2);
    expect(p.peekCurrentPartition()).toBe(1);
    expect(() => new BuiltInPartitioner(3, 10, random).updatePartitionInfo(1)).toThrow();
  });
});

describe('BuiltInPartitioner.updatePartitionLoadStats', () => {
  it('turns adaptive partitioning off for equal queues, one partition, or null', () => {
    const p = new BuiltInPartitioner(3, 1, new SequentialRandom());
    p.updatePartitionLoadStats([2, 2, 2], [0, 1, 2], 3);
    expect(p.loadStatsRangeEnd()).toBe(0);
    p.updatePartitionLoadStats([4], [0], 1);
    expect(p.loadStatsRangeEnd()).toBe(0);
    p.updatePartitionLoadStats([0, 3, 1], [0, 1, 2], 3);
    expect(p.loadStatsRangeEnd()).toBe(8); // the class comment's example: 4 5 8
    p.updatePartitionLoadStats(null, [], 0);
    expect(p.loadStatsRangeEnd()).toBe(0);
  });

  it("maps draws through the cumulative frequency table 4 5 8 as Java's binary search does", () => {
    const random = new SequentialRandom();
    const p = new BuiltInPartitioner(3, 1, random);
    p.updatePartitionLoadStats([0, 3, 1], [0, 1, 2], 3);
    const picks: number[] = [];
    for (let i = 0; i < 8; i++) {
      picks.push(p.peekCurrentPartition());
      p.updatePartitionInfo(1);
    }
    // Draws 0..3 -> partition 0, 4 -> partition 1, 5..7 -> partition 2.
    expect(picks).toEqual([0, 0, 0, 0, 1, 2, 2, 2]);
  });

  it('keeps adaptive weighting with equal queues when unresponsive partitions were dropped', () => {
    const p = new BuiltInPartitioner(3, 1, new SequentialRandom());
    // Partition 1 was dropped (partitioner.availability.timeout.ms): the list shrank to 2 of 3.
    p.updatePartitionLoadStats([0, 0, 0], [0, 2, 0], 2, 3);
    expect(p.loadStatsRangeEnd()).toBe(2);
    const picks: number[] = [];
    for (let i = 0; i < 6; i++) {
      picks.push(p.peekCurrentPartition());
      p.updatePartitionInfo(1);
    }
    expect(picks).toEqual([0, 2, 0, 2, 0, 2]);
  });
});

describe('the per-record protocol (RecordAccumulatorTest)', () => {
  it('testUniformBuiltInPartitioner: partitions and draws after each append', () => {
    const random = new SequentialRandom();
    const batchSize = 1024;
    const acc = new Accumulator(batchSize, 3, new BuiltInPartitioner(3, batchSize, random));
    // A small record ("value") opens a batch on the first drawn partition.
    expect([acc.sendUnkeyed(5), random.draws]).toEqual([0, 1]);
    // A large record exceeds the sticky limit, but the new batch it opened is incomplete: no switch.
    expect([acc.sendUnkeyed(batchSize), random.draws]).toEqual([0, 1]);
    // Each further large record closes the previous batch, which completes the deferred switch.
    expect([acc.sendUnkeyed(batchSize), random.draws]).toEqual([1, 2]);
    expect([acc.sendUnkeyed(batchSize), random.draws]).toEqual([2, 3]);
    expect([acc.sendUnkeyed(batchSize), random.draws]).toEqual([0, 4]);
  });

  it('testAdaptiveBuiltInPartitioner: frequencies follow the queue sizes, slow partitions are avoided', () => {
    const random = new SequentialRandom();
    const batchSize = 128;
    const partitioner = new BuiltInPartitioner(3, batchSize, random);
    const acc = new Accumulator(batchSize, 3, partitioner);
    const queueSizes = [1, 7, 2];
    queueSizes.forEach((n, partition) => {
      for (let c = 0; c < n; c++) acc.sendTo(partition, -1, batchSize); // each record opens a batch
      expect(acc.queues[partition]!.length).toBe(n);
    });
    // What RecordAccumulator.ready() hands over: the number of batches queued per partition.
    partitioner.updatePartitionLoadStats(
      acc.queues.map((q) => q.length),
      [0, 1, 2],
      3,
    );

    acc.sendUnkeyed(batchSize); // primes the sticky limit, so that every later record switches
    const cycles = 2;
    const frequencies = [0, 0, 0];
    for (let i = 0; i < partitioner.loadStatsRangeEnd() * cycles; i++)
      frequencies[acc.sendUnkeyed(batchSize)]!++;
    expect(frequencies).toEqual(queueSizes.map((q) => (8 - q) * cycles));

    // Partitions 0 and 1 share a leader that stopped draining: ready() drops them, leaving only partition 2.
    partitioner.updatePartitionLoadStats([acc.queues[2]!.length, 0, 0], [2, 0, 0], 1, 3);
    acc.sendUnkeyed(batchSize); // the switch happens after an append
    for (let c = 0; c < 10; c++) expect(acc.sendUnkeyed(batchSize)).toBe(2);
  });
});

describe('sticky switch points with batch.size 16384 and 1000-byte records', () => {
  const run = (batchSize: number, records: number, drainAfterEach: boolean) => {
    const random = new SequentialRandom();
    const acc = new Accumulator(batchSize, 3, new BuiltInPartitioner(3, batchSize, random));
    const partitions: number[] = [];
    for (let r = 0; r < records; r++) {
      partitions.push(acc.sendUnkeyed(VALUE_FOR_1000_BYTE_RECORD));
      if (drainAfterEach) acc.drainAll();
    }
    return { partitions, draws: random.draws, acc };
  };

  it('batches accumulating (high linger.ms): 2 batches of 16 records per partition', () => {
    // A batch takes 16 records (61 + 16 * 1000 = 16061 bytes; the 17th would pass 16384). When the 17th
    // record closes it, the partition has produced only 16061 < 16384 bytes: no switch, a second batch
    // opens on the same partition. From there the open batch disables the switch (17122 bytes, then up
    // to 32122 < 2 * 16384), until record 33 closes the second batch and completes the switch.
    const { partitions, draws, acc } = run(16384, 130, false);
    expect(switchPoints(partitions)).toEqual(['r1->p0', 'r33->p1', 'r65->p2', 'r97->p0', 'r129->p1']);
    expect(draws).toBe(5);
    expect(acc.queues[0]!.map((b) => b.records)).toEqual([16, 16, 16, 16]);
  });

  it('sender draining every batch at once (linger.ms=0, idle connection): 16 records per partition', () => {
    // Every record opens its own batch (1061 bytes) which is drained before the next append; the 16th
    // brings the partition to 16976 >= 16384 with its batch still open, and the 17th, finding the queue
    // empty, completes the switch before appending.
    const { partitions, draws } = run(16384, 130, true);
    expect(switchPoints(partitions)).toEqual([
      'r1->p0',
      'r17->p1',
      'r33->p2',
      'r49->p0',
      'r65->p1',
      'r81->p2',
      'r97->p0',
      'r113->p1',
      'r129->p2',
    ]);
    expect(draws).toBe(9);
  });

  it('a batch.size the records fill exactly (16061): switches right after the filling record', () => {
    // 61 + 16 * 1000 = 16061 reaches the write limit, so the batch is full as soon as the 16th record is in
    // and that append itself switches.
    const { partitions, draws } = run(16061, 130, false);
    expect(switchPoints(partitions)).toEqual([
      'r1->p0',
      'r17->p1',
      'r33->p2',
      'r49->p0',
      'r65->p1',
      'r81->p2',
      'r97->p0',
      'r113->p1',
      'r129->p2',
    ]);
    expect(draws).toBe(9);
    expect(run(16061, 16, false).draws).toBe(2); // drawn by the 16th record's append, not by the 17th
  });

  it('keyed records reopening the queue: the 2 * batch.size cap forces the switch after 33 records', () => {
    // Each unkeyed record follows a 1000-byte keyed record for partition 0, so the keyed record is the one
    // that overflows and opens every batch, and an unkeyed record never finds the queue's batches all
    // full: only producedBytes >= 2 * 16384 can switch, at the 33rd unkeyed record (33000 bytes).
    const random = new SequentialRandom();
    const acc = new Accumulator(16384, 3, new BuiltInPartitioner(3, 16384, random));
    const partitions: number[] = [];
    for (let r = 0; r < 80; r++) {
      acc.sendTo(0, 3, 988);
      partitions.push(acc.sendUnkeyed(VALUE_FOR_1000_BYTE_RECORD));
    }
    expect(switchPoints(partitions)).toEqual(['r1->p0', 'r34->p1', 'r66->p2']);
    expect(random.draws).toBe(3);
  });
});

describe('uniform spread over many records', () => {
  it('spreads null-key records evenly over all partitions with a seeded Rng', () => {
    const numPartitions = 6;
    const acc = new Accumulator(
      16384,
      numPartitions,
      new BuiltInPartitioner(numPartitions, 16384, new Rng(1)),
    );
    const counts = new Array<number>(numPartitions).fill(0);
    const records = 960_000; // 60,000 stints of 16 records
    for (let r = 0; r < records; r++) {
      counts[acc.sendUnkeyed(VALUE_FOR_1000_BYTE_RECORD)]!++;
      acc.drainAll();
    }
    for (const n of counts)
      expect(Math.abs(n - records / numPartitions)).toBeLessThan(0.03 * (records / numPartitions));
  });

  it('draws uniformly from the Rng over the available partitions', () => {
    const p = new BuiltInPartitioner(12, 1, new Rng(2024));
    const counts = new Array<number>(12).fill(0);
    for (let i = 0; i < 120_000; i++) {
      counts[p.peekCurrentPartition()]!++;
      p.updatePartitionInfo(1);
    }
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(400);
  });
});
