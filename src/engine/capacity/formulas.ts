// The formulas beside the figures: each cluster figure with the design's numbers in it and the simulated value
// (cluster in = T x RF; cluster out = T x (RF - 1) + T x G; stored = T x retention x RF), after the sizing guides
// the research lists (AWS MSK's "Equation 1", Google Managed Kafka's plan-cluster-size, krivaltsevich).
// T is produced bytes/s after compression: a compressed topic's T says its codec and ratio, and a line of its own
// shows how T comes out of the records (T = records/s x record bytes x ratio (codec) + batch headers).
import { RECORD_BATCH_OVERHEAD } from '../kafka/log/recordBatch';
import type { PlacedTopic } from './brokerLoad';
import type { CapacityFormula } from './types';

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB/s`;
const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
const n = (v: number) => Math.round(v).toLocaleString('en-US');

/** The codecs of a topic's batches on the wire (`stored` false) or on disk, as "(zstd x 0.2358)"; '' uncompressed. */
function codecNote(t: PlacedTopic, stored: boolean): string {
  const seen = new Set<string>();
  for (const w of t.load.compression) {
    const codec = stored ? w.storedCodec : w.codec;
    const ratio = stored ? w.storedRatio : w.ratio;
    if (ratio !== 1) seen.add(`${codec} x ${ratio}`);
  }
  return seen.size === 0 ? '' : ` (${[...seen].join(', ')})`;
}

/** T of one compressed topic from its records: records/s x framed record bytes x ratio (codec) + batch headers. */
function producedBytesFormula(t: PlacedTopic): CapacityFormula {
  const terms = t.load.compression.map(
    (w) =>
      `${n(w.recordsPerSec)} rec/s x ${n(w.framedBytes)} B x ${w.ratio} (${w.codec}) + ${n(w.batchesPerSec)} batches/s x ${RECORD_BATCH_OVERHEAD} B`,
  );
  const stored = t.load.compression
    .filter((w) => w.storedCodec !== w.codec)
    .map(
      (w) =>
        `; the leader recompresses to ${w.storedCodec} (x ${w.storedRatio}): ${mb(sum(t.load.storedBytes))} to disk`,
    );
  const T = sum(t.load.produceBytes);
  return {
    figure: `produced bytes T of ${t.load.name}`,
    formula: `T = ${terms.join(' + ')} = ${mb(T)}${[...new Set(stored)].join('')}`,
    expected: T,
    simulated: null,
  };
}

export interface SimulatedTotals {
  networkIn: number;
  networkOut: number;
  disk: number;
  stored: number;
}

export function clusterFormulas(
  topics: readonly PlacedTopic[],
  expected: SimulatedTotals,
  simulated: SimulatedTotals,
): CapacityFormula[] {
  const out: CapacityFormula[] = [];
  const terms = topics.filter((t) => sum(t.load.produceBytes) > 0);
  const T = (t: PlacedTopic) => `${mb(sum(t.load.produceBytes))}${codecNote(t, false)}`;
  // The leader stores another codec's bytes than it received, and its followers copy those.
  const recompressed = (t: PlacedTopic) => t.load.compression.some((w) => w.storedCodec !== w.codec);
  // On disk: what the leader stores (the same as T unless it recompresses).
  const D = (t: PlacedTopic) => `${mb(sum(t.load.storedBytes))}${codecNote(t, true)}`;
  const rf = (t: PlacedTopic) => t.replicas[0]?.length ?? 0;
  const list = (f: (t: PlacedTopic) => string) => (terms.length === 0 ? '0' : terms.map(f).join(' + '));
  out.push({
    figure: 'cluster network in',
    formula: `cluster in = T x RF = ${list((t) => (recompressed(t) ? `${T(t)} + ${D(t)} x ${rf(t) - 1}` : `${T(t)} x ${rf(t)}`))} = ${mb(expected.networkIn)}`,
    expected: expected.networkIn,
    simulated: simulated.networkIn,
  });
  out.push({
    figure: 'cluster network out',
    formula: `cluster out = T x (RF - 1) + T x G = ${list((t) => `${D(t)} x ${rf(t) - 1} + ${mb(sum(t.load.payloadBytes))} x ${t.groups}`)} = ${mb(expected.networkOut)}`,
    expected: expected.networkOut,
    simulated: simulated.networkOut,
  });
  out.push({
    figure: 'cluster disk write',
    formula: `disk write = T x RF = ${list((t) => `${D(t)} x ${rf(t)}`)} = ${mb(expected.disk)}`,
    expected: expected.disk,
    simulated: simulated.disk,
  });
  out.push({
    figure: 'cluster stored bytes',
    formula: `stored = T x retention x RF (whole segments) = ${list((t) => `${D(t)} x ${t.config.retentionMs < 0 ? 'unlimited' : `${t.config.retentionMs / 1000} s`} x ${rf(t)}`)}; now ${(expected.stored / 1e6).toFixed(1)} MB`,
    expected: expected.stored,
    simulated: simulated.stored,
  });
  for (const t of terms) if (t.load.compression.length > 0) out.push(producedBytesFormula(t));
  return out;
}
