import { formatCount } from '../../format';

/** Records per second as a label: 1234.5 -> "1,235/s", 2.46 -> "2.5/s", 8 -> "8/s", 0 -> "0/s". */
export function formatRate(perSec: number): string {
  if (perSec > 0 && perSec < 10) return `${Number(perSec.toFixed(1))}/s`;
  return `${formatCount(perSec)}/s`;
}
