// buffer.memory full: KafkaProducer.send blocks the application (RecordAccumulator.append → BufferPool.allocate) up
// to max.block.ms instead of failing records, so a source produces at the pace its batches drain.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

/** One broker throttled to 1 MB/s at 10 s; the source offers 5000 records/s of 1000 bytes (5 MB/s). */
function throttledProducer(config: { bufferMemory: number; maxBlockMs?: number }) {
  return new TestSim()
    .cluster({ brokers: [{ id: 1 }] })
    .topic('orders', { partitions: 1 })
    .source('shop', { rate: 5000, recordSize: { type: 'fixed', bytes: 1000 }, ...config }, ['orders'])
    .faults([{ atMs: 10_000, type: 'broker-throttle', broker: 1, networkMBps: 1 }])
    .start();
}

describe('a full buffer.memory blocks send()', () => {
  it('slows the source to the rate its batches drain, fails nothing, and counts the time blocked', () => {
    // 1 MiB of buffer.memory holds 64 batches of batch.size 16384 (BufferPool allocates batch.size per batch).
    const t = throttledProducer({ bufferMemory: 1_048_576 }).advance(20_000);
    const at20 = t.delivery('shop');
    const blockedAt20 = at20.blockedMs;
    t.advance(20_000);
    const at40 = t.delivery('shop');
    // A batch of 16 records is 61 + 16 * 1009 = 16205 bytes (DefaultRecord: 1000-byte value + 9 bytes of framing),
    // 1012.8 bytes per record: 1 MB/s drains 987 records/s, and the application produces no faster. In 20 s the
    // link carried 20,000,000 / 16,205 = 1,234 whole batches.
    const produced = at40.recordsProduced - at20.recordsProduced;
    const acked = at40.recordsAcked - at20.recordsAcked;
    expect(acked).toBe(Math.floor((20 * 1_000_000) / 16_205) * 16);
    // The application produced 10 more than drained: how full the open batch was at each reading is the
    // simulator's own (which send() a freed batch woke).
    expect(produced).toBe(acked + 10);
    // Nothing waits longer than max.block.ms (60 s): no record fails.
    expect(at40.recordsFailed).toBe(0);
    // At 5000 records/s the application needs a fifth of the time to send 987 records: it is blocked the rest,
    // 1 - 987/5000 = 80.3% of the 20 s, about 16,050 ms. The simulator counts 16,296 ms: each blocked send()
    // waits until the tick a batch's memory is freed, so the figure is its own, no closed form.
    const blocked = at40.blockedMs - blockedAt20;
    expect(blocked).toBe(16_296);
    // The buffer is full: its 64 batches of 16 records.
    expect(at40.recordsInFlight).toBe(64 * 16);
    expect(at40.recordsProduced).toBe(at40.recordsAcked + at40.recordsFailed + at40.recordsInFlight);
  });

  it('before the throttle, the same producer is never blocked', () => {
    const t = throttledProducer({ bufferMemory: 1_048_576 }).advance(9_999);
    expect(t.delivery('shop')).toMatchObject({ blockedMs: 0, blocked: false, recordsFailed: 0 });
  });

  it('fails a record that waited max.block.ms for memory (BufferExhaustedException), and goes on', () => {
    // The only broker dies at 5 s: nothing drains. A batch whose leader cannot take a request stays open and fills to
    // batch.size (RecordAccumulator keeps appending to the last batch of the deque): 148 records of about 110 bytes in
    // 16,384. 64 such batches fill 1 MiB of buffer.memory by 14.468 s (4 records were in the open batch at 5 s, then
    // 9,468 more at 1000 records/s); from then on each send() blocks 2 s (max.block.ms) and fails.
    const t = new TestSim()
      .cluster({ brokers: [{ id: 1 }] })
      .topic('orders', { partitions: 1 })
      .source('shop', { rate: 1000, bufferMemory: 1_048_576, maxBlockMs: 2000 }, ['orders'])
      .faults([{ atMs: 5000, type: 'broker-kill', broker: 1 }])
      .start()
      .advance(20_000);
    const shop = t.delivery('shop');
    expect(shop.recordsInFlight).toBe(64 * 148);
    // Blocked from 14.468 s: 5.532 s, one failed send every 2 s (2 of them); the application is blocked still.
    expect(shop.recordsFailed).toBe(2);
    expect(shop.blocked).toBe(true);
    // The buffer filled 9,468 sends after 5 s (64 × 148 records less the 4 already in the open batch at 5 s), at
    // 1 a ms: from 14.468 s to 20 s.
    const fullAtMs = 5_000 + (64 * 148 - 4);
    expect(shop.blockedMs).toBe(20_000 - fullAtMs);
    expect(shop.recordsProduced).toBe(shop.recordsAcked + shop.recordsFailed + shop.recordsInFlight);
    expect(t.eventLines('produce-error')).toContainEqual(
      expect.stringContaining(
        'BufferExhaustedException: Failed to allocate 16384 bytes within the configured max blocking time 2000 ms.',
      ),
    );
  });
});
