// Follows Kafka's CompressionType (the producer's compression.type) and BrokerCompressionType (the topic's, with
// `producer` and `uncompressed`), with LogValidator's rule for when the leader recompresses a batch. Franz does not
// compress bytes: a codec is a documented size ratio applied to a record batch as a whole, as Kafka compresses the
// records of a batch together (the batch header stays uncompressed; the records, their count and offsets do not
// change).
//
// The ratios (compressed size / uncompressed size) are Ivan Babrou's (Cloudflare) lzbench run on a 1 MB batch of
// production Kafka records (984,156 bytes), posted on the KIP-110 pull request (apache/kafka PR #2267, "KAFKA-4514:
// Add Codec for ZStandard Compression", comment of 2018-02-10, https://github.com/apache/kafka/pull/2267;
// Cloudflare's account of compressing its Kafka traffic: "Squeezing the firehose",
// https://blog.cloudflare.com/squeezing-the-firehose), at the levels Kafka uses by default: gzip at zlib level 6
// (Deflater.DEFAULT_COMPRESSION), snappy, lz4 at its default (Lz4BlockOutputStream's fastCompressor), zstd at
// level 3 (ZSTD_CLEVEL_DEFAULT).
// Real ratios depend on the data: text and JSON with repeated field names compress far better than random or
// already-compressed payloads (which do not shrink at all), and small batches compress worse than 1 MB ones.

/** compression.type on a producer (ProducerConfig, default `none`). */
export const PRODUCER_COMPRESSION_TYPES = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
export type ProducerCompressionType = (typeof PRODUCER_COMPRESSION_TYPES)[number];
/** compression.type on a topic (TopicConfig, default `producer`: keep the producer's codec). */
export const TOPIC_COMPRESSION_TYPES = ['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
export type TopicCompressionType = (typeof TOPIC_COMPRESSION_TYPES)[number];

/**
 * Compressed / uncompressed size per codec (source above): gzip 286,436, snappy 425,564, lz4 400,577 and zstd
 * 232,057 bytes of the 984,156.
 */
export const COMPRESSION_RATIO: Readonly<Record<ProducerCompressionType, number>> = Object.freeze({
  none: 1,
  gzip: 0.2911,
  snappy: 0.4324,
  lz4: 0.407,
  zstd: 0.2358,
});

/**
 * The codec a batch is stored with: the producer's under `producer`, none under `uncompressed`, else the topic's
 * (LogValidator recompresses on the leader when the topic's codec differs from the batch's).
 */
export function storedCodec(
  topic: TopicCompressionType,
  producer: ProducerCompressionType,
): ProducerCompressionType {
  if (topic === 'producer') return producer;
  if (topic === 'uncompressed') return 'none';
  return topic;
}

/** The ratio a topic stores a producer's batches at. */
export function storedRatio(topic: TopicCompressionType, producer: ProducerCompressionType): number {
  return COMPRESSION_RATIO[storedCodec(topic, producer)];
}

/**
 * A batch of `bytes` (its `overhead` header included) with its records compressed at `ratio`: the header stays as
 * it is (DefaultRecordBatch's header is never compressed), the records shrink, rounded to whole bytes.
 */
export function compressedBatchBytes(bytes: number, overhead: number, ratio: number): number {
  if (ratio === 1 || bytes <= overhead) return bytes;
  return overhead + Math.round((bytes - overhead) * ratio);
}

/**
 * Writes into `out` each record's share of its batch compressed at `ratio`, rounding the running total (not each
 * record) so the batch's records sum to its compressed size within one byte. Returns that sum.
 */
export function compressSizes(sizes: Int32Array, count: number, ratio: number, out: Int32Array): number {
  let raw = 0;
  let done = 0;
  for (let i = 0; i < count; i++) {
    raw += sizes[i]!;
    const upTo = Math.round(raw * ratio);
    out[i] = upTo - done;
    done = upTo;
  }
  return done;
}
