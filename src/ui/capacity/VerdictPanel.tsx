import type { CapacityReport } from '../../engine';
import { percent } from './capacityFormat';

const WORDS = {
  networkIn: 'network in',
  networkOut: 'network out',
  disk: 'disk write',
  storage: 'disk space',
} as const;

/** Every broker resource at or past its planning limit: "broker 2 network in at 86%", worst first. */
export function overLimits(capacity: CapacityReport): string[] {
  const over: { text: string; pressure: number }[] = [];
  for (const b of capacity.brokers)
    for (const r of Object.keys(WORDS) as (keyof typeof WORDS)[]) {
      const u = b.utilisation[r];
      const pressure = u / capacity.thresholds[r];
      if (pressure >= 1) over.push({ text: `broker ${b.id} ${WORDS[r]} at ${percent(u)}`, pressure });
    }
  return over.sort((a, b) => b.pressure - a.pressure).map((o) => o.text);
}

/**
 * The answer first: "copes" or "does not cope", large and coloured, the bottleneck (the resource closest to its
 * limit) always named with its cause, and the planning limits the verdict uses.
 */
export function VerdictPanel({ capacity }: { capacity: CapacityReport }) {
  const t = capacity.thresholds;
  const copes = capacity.verdict === 'copes';
  const over = overLimits(capacity);
  return (
    <div
      className={`cap-verdict cap-verdict--${copes ? 'copes' : 'fails'}`}
      role="status"
      aria-label="Verdict"
    >
      <p className="cap-verdict__word">
        <span aria-hidden="true">{copes ? '✓ ' : '✕ '}</span>
        {copes ? 'Copes' : 'Does not cope'}
      </p>
      <p className="cap-verdict__bottleneck">
        <span className="cap-verdict__label">{copes ? 'Closest to its limit: ' : 'Bottleneck: '}</span>
        {capacity.bottleneck.cause}
      </p>
      {over.length > 0 && (
        <p className="cap-verdict__over">
          <span className="cap-verdict__label">Over their limits: </span>
          {over.join('; ')}
        </p>
      )}
      <p className="cap-verdict__limits">
        Planning limits: network in and out and disk write {percent(t.networkIn)} of bandwidth, disk space{' '}
        {percent(t.storage)} of the disk; measured over the last {capacity.windowMs / 1000} s of simulated
        time.
      </p>
    </div>
  );
}
