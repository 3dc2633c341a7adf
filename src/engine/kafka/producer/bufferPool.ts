// Follows Kafka's BufferPool (org.apache.kafka.clients.producer.internals): the producer's buffer.memory. Every new
// batch takes max(batch.size, the upper bound of its first record) bytes from it (RecordAccumulator.append) and gives
// them back when the batch is done (acknowledged or failed). When the pool cannot satisfy an allocation, the
// application's send() waits for memory, up to max.block.ms; the waiting is the caller's (ProducerRuntime's) to model.

/** ProducerConfig's buffer.memory default: 32 MiB. */
export const DEFAULT_BUFFER_MEMORY = 33_554_432;
/** ProducerConfig's max.block.ms default: 60 s. */
export const DEFAULT_MAX_BLOCK_MS = 60_000;

export class BufferPool {
  /** Bytes held by open, queued and in-flight batches. */
  used = 0;

  constructor(public totalMemory: number) {}

  get availableMemory(): number {
    return this.totalMemory - this.used;
  }

  /** BufferPool.allocate when it would not block: takes `size` bytes, or returns false and takes nothing. */
  tryAllocate(size: number): boolean {
    if (this.used + size > this.totalMemory) return false;
    this.used += size;
    return true;
  }

  deallocate(size: number): void {
    this.used -= size;
  }
}
