// The traffic the design sends into each topic, per partition, in the bytes the engine moves: a produce request is
// its batches (RECORD_BATCH_OVERHEAD per batch plus each record framed as DefaultRecord.sizeInBytes), a follower
// fetch and the log read the records' key and value bytes plus the batch header, a consumer fetch the key and value
// bytes. Computed from the design only, once per design and partition count (the caller caches it).
// Compression (kafka/log/compressionType.ts): a batch's records go on the wire at the producer's codec ratio and are
// stored, copied to followers and read by consumers at the topic's (the producer's under `producer`); headers stay.
// batch.size counts uncompressed bytes here (Kafka's producer fills batches by an estimate of the compressed size,
// CompressionRatioEstimator, so its compressed batches hold more records than these).
import { COMPRESSION_RATIO, storedCodec, type ProducerCompressionType } from '../kafka/log/compressionType';
import { RECORD_BATCH_OVERHEAD } from '../kafka/log/recordBatch';
import { defaultRecordSizeInBytes } from '../kafka/producer/recordSize';
import type { PipelineDocument, PipelineNode, RecordSize } from '../model/schema';
import {
  evenShares,
  fixedShares,
  keyDistribution,
  keyedShares,
  meanKeyLength,
  type KeyDistribution,
} from './keyShares';

/** One compressing writer of a topic, for the formula text: T = records/s x framed bytes x ratio + headers. */
export interface WriterCompression {
  codec: ProducerCompressionType;
  ratio: number;
  /** The codec and ratio the topic stores its batches at (the writer's under `producer`). */
  storedCodec: ProducerCompressionType;
  storedRatio: number;
  recordsPerSec: number;
  /** Mean framed record size, uncompressed. */
  framedBytes: number;
  batchesPerSec: number;
}

export interface TopicLoad {
  name: string;
  partitions: number;
  /**
   * Per partition: records/s, produce bytes/s (framed batches at the producer's codec), stored bytes/s (the same at
   * the topic's codec: the leader's disk write and the log's growth), log bytes/s (payload + batch headers, stored),
   * payload bytes/s (stored).
   */
  records: Float64Array;
  produceBytes: Float64Array;
  storedBytes: Float64Array;
  logBytes: Float64Array;
  payloadBytes: Float64Array;
  /** Mean payload (key + value) and framed record size, bytes; mean records per producer batch. */
  meanPayload: number;
  meanFramed: number;
  recordsPerBatch: number;
  /**
   * The most one partition can take from one producer, records/s: max.in.flight.requests.per.connection x batch.size
   * per request: the round trip from the producer to the partition's leader (the farthest broker, as any may lead),
   * and for acks=all with followers one more round trip between leader and follower (the high watermark moves with
   * the follower's next fetch), at least one tick. The leader's share of network in and disk bounds it as well.
   */
  producerCeiling: number;
  /** The writers that compress, or whose batches the topic recompresses; empty when nothing is compressed. */
  compression: WriterCompression[];
}

/** What one producer sends into one topic. */
interface Flow {
  recordsPerSec: number;
  keys: KeyDistribution | null;
  meanValue: number;
}

function meanValueSize(size: RecordSize): number {
  return size.type === 'fixed' ? size.bytes : (size.min + size.max) / 2;
}

/**
 * Records/s each source and processor writes to each of its output topics. A processor writes what its inputs
 * bring (capped by its consumers' processing rate) x filterRatio x fanOut, with its input's keys and sizes.
 */
function flowsInto(doc: PipelineDocument): Map<string, { node: PipelineNode; flow: Flow }[]> {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const into = new Map<string, { node: PipelineNode; flow: Flow }[]>();
  const outputFlow = new Map<string, Flow>();
  const visiting = new Set<string>();
  const flowOf = (node: PipelineNode): Flow => {
    const known = outputFlow.get(node.id);
    if (known) return known;
    let flow: Flow;
    if (node.kind === 'source') {
      const c = node.config;
      const keyed = c.keys.type !== 'none';
      const value = meanValueSize(c.recordSize) * (keyed ? 1 - c.tombstoneRatio : 1);
      flow = { recordsPerSec: c.rate, keys: keyDistribution(c.keys), meanValue: value };
    } else if (node.kind === 'processor' && !visiting.has(node.id)) {
      visiting.add(node.id);
      const c = node.config;
      let rate = 0;
      let value = 0;
      let keys: KeyDistribution | null = null;
      for (const e of doc.edges) {
        if (e.to !== node.id) continue;
        const topic = byId.get(e.from);
        if (topic?.kind !== 'topic') continue;
        for (const w of writersOf(topic.id)) {
          const f = flowOf(w);
          rate += f.recordsPerSec;
          value += f.recordsPerSec * f.meanValue;
          keys ??= f.keys;
        }
      }
      value = rate > 0 ? value / rate : 0;
      if (c.processingRate !== null) rate = Math.min(rate, c.consumers * c.processingRate);
      flow = { recordsPerSec: rate * c.filterRatio * c.fanOut, keys, meanValue: value };
      visiting.delete(node.id);
    } else flow = { recordsPerSec: 0, keys: null, meanValue: 0 };
    outputFlow.set(node.id, flow);
    return flow;
  };
  const writersOf = (topicId: string): PipelineNode[] =>
    doc.edges
      .filter((e) => e.to === topicId)
      .map((e) => byId.get(e.from)!)
      .filter((n) => n.kind === 'source' || n.kind === 'processor');
  for (const t of doc.nodes) {
    if (t.kind !== 'topic') continue;
    into.set(
      t.name,
      writersOf(t.id).map((node) => ({ node, flow: flowOf(node) })),
    );
  }
  return into;
}

/**
 * How long one produce request holds its max.in.flight slot: the round trip to the farthest broker (rttMs within a
 * rack or in a cluster without racks, crossRackRttMs across racks, and for a client without client.rack in a racked
 * cluster, as sim/cluster/roundTrips.ts takes it), plus a follower's round trip when the answer waits for the high
 * watermark (crossRackRttMs when the brokers span racks); at least one tick, as every leg ends on a tick.
 */
function requestMs(
  doc: PipelineDocument,
  rack: string | null,
  awaitsFollowers: boolean,
  tickMs: number,
): number {
  const { brokers, rttMs, crossRackRttMs } = doc.cluster;
  const racks = new Set(brokers.map((b) => b.rack));
  const racked = brokers.some((b) => b.rack !== null);
  const toLeader = !racked || (rack !== null && racks.size === 1 && racks.has(rack)) ? rttMs : crossRackRttMs;
  const toFollower = awaitsFollowers ? (racks.size > 1 ? crossRackRttMs : rttMs) : 0;
  return Math.max(tickMs, toLeader + toFollower);
}

/** The design's replication factor of topic `name` (1 when it is not in the design). */
function replicationOf(doc: PipelineDocument, name: string): number {
  for (const n of doc.nodes) if (n.kind === 'topic' && n.name === name) return n.config.replicationFactor;
  return 1;
}

/** Topic loads of the design for the running partition counts. */
export function topicLoads(
  doc: PipelineDocument,
  partitionCounts: Map<string, number>,
  tickMs: number,
): TopicLoad[] {
  const flows = flowsInto(doc);
  const out: TopicLoad[] = [];
  for (const [name, writers] of flows) {
    const n = partitionCounts.get(name) ?? 0;
    if (n === 0) continue;
    const topicNode = doc.nodes.find((x) => x.kind === 'topic' && x.name === name);
    const topicCodec = topicNode?.kind === 'topic' ? topicNode.config.compressionType : 'producer';
    const load: TopicLoad = {
      name,
      partitions: n,
      records: new Float64Array(n),
      produceBytes: new Float64Array(n),
      storedBytes: new Float64Array(n),
      logBytes: new Float64Array(n),
      payloadBytes: new Float64Array(n),
      meanPayload: 0,
      meanFramed: 0,
      recordsPerBatch: 0,
      producerCeiling: Infinity,
      compression: [],
    };
    let records = 0;
    let batches = 0;
    for (const { node, flow } of writers) {
      if (node.kind !== 'source' && node.kind !== 'processor') continue;
      if (flow.recordsPerSec <= 0) continue;
      const c = node.config;
      const wire = COMPRESSION_RATIO[c.compressionType];
      const kept = storedCodec(topicCodec, c.compressionType);
      const disk = COMPRESSION_RATIO[kept];
      let writerRecords = 0;
      let writerFramed = 0;
      let writerBatches = 0;
      const keySize = meanKeyLength(flow.keys);
      const payload = Math.max(0, keySize) + flow.meanValue;
      const keyed = flow.keys !== null && !c.partitionerIgnoreKeys;
      const shares =
        c.partitioner === 'fixed'
          ? fixedShares(c.partition, n)
          : c.partitioner === 'roundrobin'
            ? evenShares(n)
            : keyed
              ? keyedShares(flow.keys!, n)
              : evenShares(n);
      // The records that fill one open batch arrive at this rate: the sticky partitioner sends every null-key record
      // to one partition at a time, the others fill one batch per partition.
      const sticky = c.partitioner === 'default' && !keyed;
      const framedFirst = defaultRecordSizeInBytes(0, 0, keySize, flow.meanValue);
      const fullBatch = Math.max(1, Math.floor((c.batchSize - RECORD_BATCH_OVERHEAD) / framedFirst));
      const perBatch = (lambda: number) => {
        // A batch opens with a record and is sent linger.ms later (or when full): it holds that record and those
        // that arrive while it lingers; records that arrive within one tick go together even with linger.ms 0.
        const lingering =
          c.lingerMs > 0 ? 1 + (lambda * c.lingerMs) / 1000 : Math.max(1, (lambda * tickMs) / 1000);
        return Math.min(fullBatch, lingering);
      };
      for (let p = 0; p < n; p++) {
        const r = flow.recordsPerSec * shares[p]!;
        if (r <= 0) continue;
        const inBatch = perBatch(sticky ? flow.recordsPerSec : r);
        const framed = defaultRecordSizeInBytes(
          Math.floor(inBatch / 2),
          Math.round(Math.min(c.lingerMs, 1000 / Math.max(r, 1e-9)) / 2),
          keySize,
          flow.meanValue,
        );
        const b = r / inBatch;
        load.records[p]! += r;
        load.produceBytes[p]! += r * framed * wire + b * RECORD_BATCH_OVERHEAD;
        load.storedBytes[p]! += r * framed * disk + b * RECORD_BATCH_OVERHEAD;
        load.logBytes[p]! += r * payload * disk + b * RECORD_BATCH_OVERHEAD;
        load.payloadBytes[p]! += r * payload * disk;
        load.meanFramed += r * framed;
        batches += b;
        writerRecords += r;
        writerFramed += r * framed;
        writerBatches += b;
      }
      if ((wire !== 1 || disk !== 1) && writerRecords > 0)
        load.compression.push({
          codec: c.compressionType,
          ratio: wire,
          storedCodec: kept,
          storedRatio: disk,
          recordsPerSec: writerRecords,
          framedBytes: writerFramed / writerRecords,
          batchesPerSec: writerBatches,
        });
      records += flow.recordsPerSec;
      load.meanPayload += flow.recordsPerSec * payload;
      const ceiling =
        (c.maxInFlightRequestsPerConnection *
          Math.min(fullBatch, Math.max(1, c.batchSize / framedFirst)) *
          1000) /
        requestMs(doc, c.rack, c.acks === 'all' && replicationOf(doc, name) > 1, tickMs);
      load.producerCeiling = Math.min(load.producerCeiling, ceiling);
    }
    if (records > 0) {
      load.meanPayload /= records;
      load.meanFramed /= records;
      load.recordsPerBatch = records / batches;
    }
    out.push(load);
  }
  return out;
}
