// "Slow" on a member: that consumer's processing rate cut to a tenth, as a consumer-slow fault.
import type { GroupReport } from '../../../engine';

export const SLOW_FACTOR = 10;

/**
 * A tenth of what one consumer processes now: its configured processing rate, or, when unthrottled, its
 * share of what the group consumes. At least one record per second, so the consumer still moves.
 */
export function slowRate(configured: number | null, group: GroupReport | undefined): number {
  const members = Math.max(1, group?.members.length ?? 1);
  const current = configured ?? (group?.recordsPerSec ?? 0) / members;
  return Math.max(1, Math.round(current / SLOW_FACTOR));
}
