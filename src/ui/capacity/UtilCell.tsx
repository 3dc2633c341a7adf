import type { CSSProperties, ReactNode } from 'react';
import { percent, toneOf } from './capacityFormat';

interface UtilCellProps {
  /** What the simulation measured, in its unit ("42 MB/s"). */
  value: ReactNode;
  utilisation: number;
  limit: number;
  /** The formula's figure beside it ("41.8 MB/s"); omitted when there is none. */
  expected?: ReactNode;
}

/** One resource of one broker: the measured figure, its utilisation coloured under / near / over its limit, a bar. */
export function UtilCell({ value, utilisation, limit, expected }: UtilCellProps) {
  const tone = toneOf(utilisation, limit);
  const share = Number.isFinite(utilisation) ? Math.min(1, Math.max(0, utilisation)) : 1;
  return (
    <td className={`cap-util cap-util--${tone}`}>
      <span className="cap-util__line">
        <span className="cap-util__value">{value}</span>
        <span className="cap-util__pct" title={`${tone} its ${percent(limit)} limit`}>
          {percent(utilisation)}
        </span>
      </span>
      <span className="cap-util__track" aria-hidden="true">
        <span className="cap-util__fill" style={{ '--share': share } as CSSProperties} />
        <span className="cap-util__limit" style={{ '--share': limit } as CSSProperties} />
      </span>
      {expected !== undefined && <span className="cap-util__expected">expected {expected}</span>}
    </td>
  );
}
