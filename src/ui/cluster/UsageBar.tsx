import type { CSSProperties } from 'react';
import { megabytesPerSec } from './units';

interface UsageBarProps {
  label: string;
  bytesPerSec: number;
  /** After any throttle. */
  capacity: number;
}

/** Past this share of capacity a link or disk is nearly saturated: the bar turns amber, then red when full. */
const BUSY = 0.8;
const FULL = 0.99;

/** One resource's use against its capacity: a bar and "3.2 / 125 MB/s". */
export function UsageBar({ label, bytesPerSec, capacity }: UsageBarProps) {
  const share = capacity > 0 ? Math.min(1, bytesPerSec / capacity) : 0;
  const tone = share >= FULL ? 'full' : share >= BUSY ? 'busy' : 'ok';
  return (
    <div className={`usage usage--${tone}`}>
      <dt className="usage__label">{label}</dt>
      <dd className="usage__value">
        <span className="usage__track" aria-hidden="true">
          <span className="usage__fill" style={{ '--share': share } as CSSProperties} />
        </span>
        <span className="usage__figure">
          {megabytesPerSec(bytesPerSec)} / {megabytesPerSec(capacity)} MB/s
        </span>
      </dd>
    </div>
  );
}
