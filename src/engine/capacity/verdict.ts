// The verdict and the bottleneck: every resource's utilisation against its planning limit (thresholds.ts); the one
// closest to its limit is the bottleneck, always named, with its cause in plain words. "copes" when every resource
// stays under its limit and every group keeps up (its lag is not growing over the span, metrics/lagTrend.ts).
import type { ExpectedBroker } from './brokerLoad';
import type { CapacityThresholds } from './thresholds';
import type { Bottleneck, CapacityResource, CapacityVerdict, Utilisation } from './types';

const pct = (u: number) => `${Math.round(u * 100)}%`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB/s`;

export interface Candidate extends Bottleneck {
  /** Utilisation over its limit: 1 or more breaks the limit. */
  pressure: number;
}

const RESOURCE_WORDS: Record<'networkIn' | 'networkOut' | 'disk' | 'storage', string> = {
  networkIn: 'network in',
  networkOut: 'network out',
  disk: 'disk write',
  storage: 'disk space',
};

/** Why this broker resource is loaded, from where its bytes come. */
function brokerCause(id: number, resource: keyof Utilisation, u: number, e: ExpectedBroker): string {
  const head = `broker ${id} ${RESOURCE_WORDS[resource]} at ${pct(u)}`;
  if (resource === 'networkOut') {
    if (e.readOutBytesPerSec >= e.replicationOutBytesPerSec && e.mostGroups > 0)
      return `${head}: ${e.mostGroups} consumer group${e.mostGroups === 1 ? '' : 's'} read every byte of the ${e.leaders} partition${e.leaders === 1 ? '' : 's'} it leads (${mb(e.readOutBytesPerSec)} to consumers, ${mb(e.replicationOutBytesPerSec)} to followers)`;
    return `${head}: it sends ${mb(e.replicationOutBytesPerSec)} to the followers of the ${e.leaders} partitions it leads and ${mb(e.readOutBytesPerSec)} to consumers`;
  }
  if (resource === 'networkIn' || resource === 'disk')
    return `${head}: it leads ${e.leaders} of its ${e.partitions} partitions (produce requests) and follows the rest (replication)`;
  return `${head}: ${(e.peakStoredBytes / 1e9).toFixed(1)} GB kept under retention on its ${e.partitions} replicas`;
}

export function brokerCandidates(
  id: number,
  utilisation: Utilisation,
  expected: ExpectedBroker,
  thresholds: CapacityThresholds,
): Candidate[] {
  return (Object.keys(RESOURCE_WORDS) as (keyof Utilisation)[]).map((resource) => {
    const u = utilisation[resource];
    return {
      resource: resource as CapacityResource,
      broker: id,
      utilisation: u,
      pressure: u / thresholds[resource],
      cause: brokerCause(id, resource, u, expected),
    };
  });
}

/** The candidate closest to its limit (the first of equals), and whether everything stays under its limit. */
export function judge(candidates: readonly Candidate[]): {
  verdict: CapacityVerdict;
  bottleneck: Bottleneck;
} {
  let worst: Candidate | null = null;
  for (const c of candidates) if (worst === null || c.pressure > worst.pressure) worst = c;
  if (worst === null)
    return {
      verdict: 'copes',
      bottleneck: { resource: 'networkIn', utilisation: 0, cause: 'nothing flows' },
    };
  const { pressure, ...bottleneck } = worst;
  const breaks = candidates.some((c) => c.pressure >= 1);
  void pressure;
  return { verdict: breaks ? 'does not cope' : 'copes', bottleneck };
}

/** Utilisation as a fraction of capacity; 0 for a zero capacity with no load, Infinity with load. */
export function fraction(load: number, capacity: number): number {
  if (capacity > 0) return load / capacity;
  return load > 0 ? Infinity : 0;
}
