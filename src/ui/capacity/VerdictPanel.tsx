import type { CapacityReport } from '../../engine';
import { percent } from './capacityFormat';

/**
 * The answer first: "copes" or "does not cope", large and coloured, the bottleneck (the resource closest to its
 * limit) always named with its cause, and the planning limits the verdict uses.
 */
export function VerdictPanel({ capacity }: { capacity: CapacityReport }) {
  const t = capacity.thresholds;
  const copes = capacity.verdict === 'copes';
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
      <p className="cap-verdict__limits">
        Planning limits: network in and out and disk write {percent(t.networkIn)} of bandwidth, disk space{' '}
        {percent(t.storage)} of the disk; measured over the last {capacity.windowMs / 1000} s of simulated
        time.
      </p>
    </div>
  );
}
