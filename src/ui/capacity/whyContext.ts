// What whyApart reads, gathered from the report and the design: brokers down or throttled, sources paused, blocked or
// sending in bursts (on, then off; Poisson's gaps average out over a span), groups falling behind.
import type { CapacityReport, PipelineDocument, SimulationReport } from '../../engine';
import type { WhyContext } from './whyApart';

export function whyContext(
  report: SimulationReport,
  capacity: CapacityReport,
  doc: PipelineDocument,
): WhyContext {
  const uneven = new Set(
    doc.nodes.flatMap((n) => (n.kind === 'source' && n.config.arrival === 'bursty' ? [n.id] : [])),
  );
  // Records so far against rate x time, for sources that send evenly (or Poisson: within a few percent over minutes).
  const even = new Map(
    doc.nodes.flatMap((n) =>
      n.kind === 'source' && n.config.arrival !== 'bursty' ? [[n.id, n.config.rate]] : [],
    ),
  );
  const changed = report.sources.filter((s) => {
    const rate = even.get(s.node);
    if (rate === undefined || report.simulatedMs < 2 * capacity.windowMs) return false;
    const sent = rate * (report.simulatedMs / 1000);
    return Math.abs(s.recordsProduced - sent) > 0.05 * Math.max(sent, s.recordsProduced);
  });
  return {
    simulatedMs: report.simulatedMs,
    windowMs: capacity.windowMs,
    downBrokers: report.brokers.filter((b) => b.status !== 'up').map((b) => b.id),
    throttledBrokers: report.brokers.filter((b) => b.throttledMBps !== null).map((b) => b.id),
    pausedSources: report.sources.filter((s) => s.paused).map((s) => s.name),
    blockedSources: report.sources.filter((s) => s.blocked).map((s) => s.name),
    burstySources: report.sources.filter((s) => uneven.has(s.node)).map((s) => s.name),
    behindGroups: report.groups.filter((g) => g.lagTrend === 'growing').map((g) => g.groupId),
    changedSources: changed.map((s) => s.name),
  };
}
