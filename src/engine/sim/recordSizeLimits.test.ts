// Size limits: max.request.size at send() (KafkaProducer.ensureValidRecordSize) and the topic's max.message.bytes at
// the leader (UnifiedLog.analyzeAndValidateRecords → MESSAGE_TOO_LARGE), where the producer splits a batch of several
// records and resends them (Sender.completeBatch → RecordAccumulator.splitAndReenqueue).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/validate';
import { TestSim } from './sim.testing';

function oneTopic(value: number, source: Record<string, unknown> = {}, topic: Record<string, unknown> = {}) {
  return new TestSim()
    .topic('files', { partitions: 1, ...topic })
    .source('upload', { rate: 2, recordSize: { type: 'fixed', bytes: value }, ...source }, ['files'])
    .start();
}

describe('max.request.size', () => {
  it('fails a 1 MiB value at send(): with its framing it is 1,048,664 bytes, over 1,048,576', () => {
    // 61 (batch header) + 21 (worst-case record framing) + 1 (null key) + 4 + 1048576 (value: 2^21 zig-zags to a
    // 4-byte varint) + 1 (no headers). Records arrive every 500 ms from 500 ms: 9 in 5 s.
    const t = oneTopic(1_048_576).advance(5000);
    expect(t.delivery('upload')).toMatchObject({
      recordsProduced: 9,
      recordsFailed: 9,
      recordsAcked: 0,
      recordsInFlight: 0,
    });
    expect(t.eventLines('produce-error')).toEqual([
      '500: RecordTooLargeException: The message is 1048664 bytes when serialized which is larger than 1048576, ' +
        'which is the value of the max.request.size configuration.',
    ]);
  });

  it('sends the largest value that fits, 1,048,489 bytes (84 + 3 + value = 1,048,576), and fails one byte more', () => {
    expect(oneTopic(1_048_489).advance(5000).delivery('upload')).toMatchObject({
      recordsFailed: 0,
      recordsAcked: 9,
    });
    expect(oneTopic(1_048_490).advance(5000).delivery('upload')).toMatchObject({
      recordsFailed: 9,
      recordsAcked: 0,
    });
  });

  it('is the limit of the document: a larger value is refused, since it could never be sent', () => {
    const doc = (recordSize: object, maxRequestSize?: number) => ({
      format: 'franz.pipeline',
      version: 1,
      nodes: [{ id: 's', kind: 'source', name: 's', config: { recordSize, maxRequestSize } }],
      edges: [],
    });
    expect(parseDocument(doc({ type: 'fixed', bytes: 1_048_577 }))).toEqual({
      ok: false,
      errors: [
        'nodes[0].config.recordSize.bytes: must be at most maxRequestSize (1048576): a larger record can never be sent (max.request.size)',
      ],
    });
    expect(parseDocument(doc({ type: 'uniform', min: 0, max: 2_000_000 }, 2_000_000)).ok).toBe(true);
  });
});

describe("the topic's max.message.bytes", () => {
  it('refuses a one-record batch of 1,048,500 bytes over 1,000,000 with MESSAGE_TOO_LARGE; the record fails', () => {
    // A 1,048,428-byte value: 61 + 3 (record length) + 1048436 (attributes, deltas, key, value, headers) = 1048500.
    const t = oneTopic(1_048_428, {}, { maxMessageBytes: 1_000_000 }).advance(5000);
    expect(t.delivery('upload')).toMatchObject({ recordsProduced: 9, recordsFailed: 9, recordsAcked: 0 });
    expect(t.eventLines('produce-error')).toEqual([
      '504: files-0: MESSAGE_TOO_LARGE (RecordTooLargeException): the record batch size is 1048500 bytes, above ' +
        'max.message.bytes 1000000: its record fails',
    ]);
    // Under the default 1,048,588 (1 MiB + 12) the same records go through.
    expect(oneTopic(1_048_428).advance(5000).delivery('upload')).toMatchObject({
      recordsFailed: 0,
      recordsAcked: 9,
    });
  });

  it('resends a batch that batch.size cannot split below max.message.bytes until delivery.timeout.ms fails it', () => {
    // batch.size 2,000,000 and linger.ms 900 put the records of 500 ms and 1000 ms in one batch of 1,200,084 bytes
    // (61 + 600,011 + 600,012: the second record's timestamp delta 500 takes a 2-byte varint), sent at 1400 ms.
    // ProducerBatch.split packs by batch.size again: the same two records in one batch, refused again; Kafka's
    // Sender splits and resends it until delivery.timeout.ms (120 s) expires it.
    const t = oneTopic(600_000, { batchSize: 2_000_000, lingerMs: 900, acks: 'all' }).advance(120_000);
    expect(t.delivery('upload')).toMatchObject({ recordsAcked: 0, recordsRetried: 0 });
    expect(t.eventLines('produce-error')[0]).toBe(
      '1399: files-0: MESSAGE_TOO_LARGE for a batch of 2 records (1200084 bytes, max.message.bytes 1048588): ' +
        'split by batch.size (2000000) into 1 batch and sent again',
    );
    const failed = t.delivery('upload').recordsFailed;
    t.advance(1000);
    // Created when its first record arrived at 500 ms (ProducerBatch.createdMs), the batch expires 120,000 ms later:
    // both its records fail.
    expect(t.eventLines('produce-error')).toContain(
      '120500: files-0: batches expire after delivery.timeout.ms (120000 ms): their records fail',
    );
    expect(t.delivery('upload').recordsFailed).toBe(failed + 2);
    expect(t.state.topics.get('files')!.partitions[0]!.logEndOffset).toBe(0);
  });
});
