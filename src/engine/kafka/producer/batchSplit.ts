// Follows Kafka's ProducerBatch.split: the records of a batch the leader refused as MESSAGE_TOO_LARGE are packed again
// into batches of at most batch.size (MemoryRecordsBuilder's write limit; a batch always takes its first record).
import { RECORD_BATCH_OVERHEAD } from '../log/recordBatch';
import { ProducerBatch } from './producerBatch';
import { defaultRecordSizeInBytes, estimateSizeInBytesUpperBound } from './recordSize';
import type { SenderClient } from './senderClient';

/**
 * Packs `big`'s records into batches of at most `batchSize` bytes, in order, taking batches from `free` (new ones when
 * it is empty) and appending them to `out`. The parts keep the big batch's creation time and tag, and hold no
 * buffer.memory.
 */
export function splitBatch(
  big: ProducerBatch,
  batchSize: number,
  client: SenderClient,
  free: ProducerBatch[],
  out: ProducerBatch[],
): void {
  const { timestamps, keys, sizes, tombstones, count } = big;
  let start = 0;
  while (start < count) {
    const baseTs = timestamps[start]!;
    let end = start;
    let estimated = RECORD_BATCH_OVERHEAD;
    let writeLimit = 0;
    while (end < count) {
      const keySize = client.keyLength(keys[end]!);
      const payload = sizes[end]!;
      const valueSize =
        tombstones !== null && tombstones[end] === 1 ? -1 : payload - (keySize < 0 ? 0 : keySize);
      const recordSize = defaultRecordSizeInBytes(end - start, timestamps[end]! - baseTs, keySize, valueSize);
      if (end === start) {
        const upperBound = estimateSizeInBytesUpperBound(keySize, valueSize);
        writeLimit = batchSize > upperBound ? batchSize : upperBound;
      } else if (writeLimit <= estimated || writeLimit < estimated + recordSize) break;
      estimated += recordSize;
      end++;
    }
    const b = free.pop() ?? new ProducerBatch();
    b.fillSplit(big, start, end - start, estimated);
    out.push(b);
    start = end;
  }
}
