// The readable Capacity section of the CLI report: the verdict and bottleneck, per broker the measured figures
// beside the formulas' (expected) ones with utilisation against the planning limits, failure headroom, per topic
// partitions needed and skew, and each formula with the design's numbers.
import { formatBytes, type CapacityReport } from '../engine';
import { escapeText as e } from './escape';

const pct = (u: number) => `${Math.round(u * 100)}%`;
const mb = (v: number) => (v / 1_000_000).toFixed(2);

/** A simulated figure in its unit: stored bytes as a size, the rest as a rate. */
function measured(figure: string, value: number): string {
  return figure.includes('stored') ? formatBytes(value) : `${mb(value)} MB/s`;
}

export function formatCapacity(c: CapacityReport): string {
  const t = c.thresholds;
  const out: string[] = [
    'Capacity',
    `  verdict: ${c.verdict}; bottleneck: ${e(c.bottleneck.cause)}`,
    `  limits: network in ${pct(t.networkIn)}, network out ${pct(t.networkOut)}, disk write ${pct(t.disk)}, disk space ${pct(t.storage)}; measured over the last ${c.windowMs / 1000} s`,
  ];
  for (const b of c.brokers)
    out.push(
      `  broker ${b.id}: in ${mb(b.networkInBytesPerSec)} MB/s (expected ${mb(b.expected.networkInBytesPerSec)}, ${pct(b.utilisation.networkIn)}), ` +
        `out ${mb(b.networkOutBytesPerSec)} MB/s (expected ${mb(b.expected.networkOutBytesPerSec)}, ${pct(b.utilisation.networkOut)}), ` +
        `disk ${mb(b.diskWriteBytesPerSec)} MB/s (expected ${mb(b.expected.diskWriteBytesPerSec)}, ${pct(b.utilisation.disk)}), ` +
        `stored ${formatBytes(b.storedBytes)} (expected ${formatBytes(b.expected.storedBytes)}` +
        `${b.expected.peakStoredBytes > b.expected.storedBytes ? `, ${formatBytes(b.expected.peakStoredBytes)} once retention holds` : ''}` +
        `; ${pct(b.utilisation.storage)} of ${formatBytes(b.diskBytes)}), ` +
        `${b.partitions} partitions, ${b.leaders} leaders`,
    );
  for (const h of c.headroom) out.push(`  ${e(h.scenario)}: ${h.verdict}; ${e(h.bottleneck.cause)}`);
  for (const topic of c.topics)
    out.push(
      `  topic ${e(topic.name)}: ${topic.partitions} partitions, needs ${topic.partitionsNeeded}` +
        (topic.hottestPartitionShare === null
          ? ''
          : `, hottest partition ${pct(topic.hottestPartitionShare)} of records in`),
    );
  for (const f of c.formulas)
    out.push(
      `  ${f.formula}${f.simulated === null ? '' : ` (simulated ${measured(f.figure, f.simulated)})`}`,
    );
  return out.join('\n');
}
