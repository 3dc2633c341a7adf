// The controller's figures: leader elections so far, and when it next moves leadership back.
import type { SimulationReport } from '../../engine';

/**
 * "leadership rebalance in 42 s" while the controller has one scheduled (auto.leader.rebalance.enable,
 * leader.imbalance.check.interval.seconds); null when leaders sit on their preferred replicas.
 */
export function rebalanceCountdown(report: SimulationReport): string | null {
  const at = report.controller.nextLeaderRebalanceMs;
  if (at === null) return null;
  const seconds = Math.max(0, Math.ceil((at - report.simulatedMs) / 1000));
  return `leadership rebalance in ${seconds} s`;
}
