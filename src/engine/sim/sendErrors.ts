// What KafkaProducer.send() throws, in Kafka's words: a record too large for max.request.size or buffer.memory
// (KafkaProducer.ensureValidRecordSize), and buffer.memory still full after max.block.ms (BufferPool.allocate).

export function recordTooLarge(size: number, maxRequestSize: number): string {
  return size > maxRequestSize
    ? `RecordTooLargeException: The message is ${size} bytes when serialized which is larger than ` +
        `${maxRequestSize}, which is the value of the max.request.size configuration.`
    : `RecordTooLargeException: The message is ${size} bytes when serialized which is larger than the total ` +
        `memory buffer you have configured with the buffer.memory configuration.`;
}

export function bufferExhausted(size: number, maxBlockMs: number, totalMemory: number): string {
  return (
    `BufferExhaustedException: Failed to allocate ${size} bytes within the configured max blocking time ` +
    `${maxBlockMs} ms. Total memory: ${totalMemory} bytes.`
  );
}
