// The formulas beside the figures: each cluster figure with the design's numbers in it and the simulated value
// (cluster in = T x RF; cluster out = T x (RF - 1) + T x G; stored = T x retention x RF), after the sizing guides
// the research lists (AWS MSK's "Equation 1", Google Managed Kafka's plan-cluster-size, krivaltsevich).
import type { PlacedTopic } from './brokerLoad';
import type { CapacityFormula } from './types';

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB/s`;
const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

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
  const T = (t: PlacedTopic) => mb(sum(t.load.produceBytes));
  const rf = (t: PlacedTopic) => t.replicas[0]?.length ?? 0;
  const list = (f: (t: PlacedTopic) => string) => (terms.length === 0 ? '0' : terms.map(f).join(' + '));
  out.push({
    figure: 'cluster network in',
    formula: `cluster in = T x RF = ${list((t) => `${T(t)} x ${rf(t)}`)} = ${mb(expected.networkIn)}`,
    expected: expected.networkIn,
    simulated: simulated.networkIn,
  });
  out.push({
    figure: 'cluster network out',
    formula: `cluster out = T x (RF - 1) + T x G = ${list((t) => `${T(t)} x ${rf(t) - 1} + ${mb(sum(t.load.payloadBytes))} x ${t.groups}`)} = ${mb(expected.networkOut)}`,
    expected: expected.networkOut,
    simulated: simulated.networkOut,
  });
  out.push({
    figure: 'cluster disk write',
    formula: `disk write = T x RF = ${list((t) => `${T(t)} x ${rf(t)}`)} = ${mb(expected.disk)}`,
    expected: expected.disk,
    simulated: simulated.disk,
  });
  out.push({
    figure: 'cluster stored bytes',
    formula: `stored = T x retention x RF (whole segments) = ${list((t) => `${T(t)} x ${t.config.retentionMs < 0 ? 'unlimited' : `${t.config.retentionMs / 1000} s`} x ${rf(t)}`)}; now ${(expected.stored / 1e6).toFixed(1)} MB`,
    expected: expected.stored,
    simulated: simulated.stored,
  });
  return out;
}
