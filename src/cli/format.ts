// The readable form of a simulation report, for people at a terminal.
import type { GroupReport, SimEvent, SimulationReport } from '../engine';
import { escapeText as e } from './escape';
import { textTable } from './textTable';

const n = (v: number) => Math.round(v).toLocaleString('en-US');
/** Kafka's windowed averages: '-' when nothing was sent in the window. */
const avg = (v: number | null) =>
  v === null ? '-' : v.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** Latency percentiles as `p50 / p99 / p99.9` in ms, or `-` before any record. */
const percentiles = (p: { p50: number; p99: number; p999: number } | null) =>
  p === null ? '-' : `${avg(p.p50)} / ${avg(p.p99)} / ${avg(p.p999)}`;

export function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 7_200_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** Cells hold names from the design (escaped here, so the columns line up with what is printed). */
function table(cells: string[][]): string {
  return textTable(cells.map((r) => r.map(e)));
}

export function formatReport(r: SimulationReport, name: string): string {
  const out: string[] = [];
  out.push(`${e(name)}: ${duration(r.simulatedMs)} simulated, seed ${r.seed}`, '');
  out.push('Cluster');
  out.push(
    table([
      [
        'broker',
        'rack',
        'status',
        'leaders',
        'replicas',
        'stored bytes',
        'net in B/s',
        'net out B/s',
        'disk B/s',
      ],
      ...r.brokers.map((b) => [
        String(b.id),
        b.rack ?? '-',
        b.status +
          (b.zombieLeaders ? ` (zombie leader of ${b.zombieLeaders})` : '') +
          (b.throttledMBps === null ? '' : ` (throttled to ${b.throttledMBps} MB/s)`),
        String(b.leaders),
        String(b.replicas),
        n(b.storedBytes),
        n(b.networkInBytesPerSec),
        n(b.networkOutBytesPerSec),
        n(b.diskWriteBytesPerSec),
      ]),
    ]),
  );
  const c = r.controller;
  out.push(
    `  controller: ${c.elections} election(s), ${c.uncleanElections} unclean, ${c.preferredElections} preferred, ${c.offlineTransitions} offline transition(s)` +
      (c.nextLeaderRebalanceMs === null ? '' : `; leader rebalance at ${duration(c.nextLeaderRebalanceMs)}`),
  );
  out.push('', 'Producers');
  out.push(
    table([
      [
        'producer',
        'produced',
        'acked',
        'lost',
        'duplicated',
        'retried',
        'failed',
        'in flight',
        'blocked',
        'records/s',
        'batch bytes',
        'records/request',
        'request ms',
        'produce ms p50/p99/p99.9',
      ],
      ...r.sources.map((s) => [
        s.name +
          (s.paused ? ' (paused)' : '') +
          (s.targetRate === undefined ? '' : ` (profile: ${n(s.targetRate)}/s now)`),
        n(s.recordsProduced),
        n(s.recordsAcked),
        n(s.recordsLost),
        n(s.recordsDuplicated),
        n(s.recordsRetried),
        n(s.recordsFailed),
        n(s.recordsInFlight),
        duration(s.blockedMs),
        n(s.recordsPerSec),
        avg(s.batchSizeAvg),
        avg(s.recordsPerRequestAvg),
        avg(s.requestLatencyAvgMs),
        percentiles(s.latencyMs),
      ]),
      ...r.processors.map((p) => [
        p.name + (p.killed ? ' (killed)' : ''),
        n(p.recordsProduced),
        n(p.recordsAcked),
        n(p.recordsLost),
        n(p.recordsDuplicated),
        n(p.recordsRetried),
        n(p.recordsFailed),
        n(p.recordsInFlight),
        duration(p.blockedMs),
        '',
        avg(p.batchSizeAvg),
        avg(p.recordsPerRequestAvg),
        avg(p.requestLatencyAvgMs),
        '',
      ]),
    ]),
  );
  for (const t of r.topics) {
    out.push(
      '',
      `Topic ${e(t.name)} (${t.partitions.length} partitions, ${n(t.recordsPerSec)} records/s in)`,
    );
    out.push(
      table([
        [
          'partition',
          'leader',
          'replicas',
          'isr',
          'log start',
          'log end',
          'high watermark',
          'segments',
          'bytes',
        ],
        ...t.partitions.map((p) => [
          String(p.partition),
          p.offline ? 'offline' : String(p.leader),
          p.replicas.join(','),
          p.isr.join(',') +
            (p.underMinIsr ? ' (under min ISR)' : p.underReplicated ? ' (under-replicated)' : ''),
          n(p.logStartOffset),
          n(p.logEndOffset),
          n(p.highWatermark),
          String(p.segments),
          n(p.sizeInBytes),
        ]),
      ]),
    );
  }
  for (const g of r.groups) {
    const trend =
      g.lagTrend === 'draining' && g.timeToDrainMs !== null
        ? `draining at ${n(-g.lagSlopePerSec)}/s, drains in about ${duration(g.timeToDrainMs)}`
        : g.lagTrend === 'growing'
          ? `growing at ${n(g.lagSlopePerSec)}/s`
          : g.lagTrend === 'caught-up'
            ? 'caught up'
            : g.lagTrend;
    const drain = g.timeLagMs > 0 ? `${duration(g.timeLagMs)} behind, ${trend}` : trend;
    out.push(
      '',
      `Group ${e(g.groupId)}: ${g.state}, generation ${g.generation}, ${g.rebalances} rebalance(s), assignor ${g.assignor}`,
      `  lag ${n(g.lag)} (${drain}), consumed ${n(g.recordsConsumed)} at ${n(g.recordsPerSec)} records/s, duplicates ${n(g.duplicates)}, reprocessed ${n(g.reprocessed)}, skipped ${n(g.recordsSkipped)}, out of order ${n(g.outOfOrder)}`,
      groupHealthLine(g),
      `  end-to-end latency p50 / p99 / p99.9: ${percentiles(g.latencyMs)} ms (send() to the poll that returns the record, since the start)`,
    );
    out.push(
      table([
        ['member', 'assignment', 'consumed'],
        ...g.members.map((m) => {
          const parts = Object.entries(m.assignment).map(([t, ps]) => `${t}[${ps.join(',')}]`);
          const assigned = parts.length ? parts.join(' ') : 'idle (no partitions)';
          const crashed = m.evictionInMs === null ? '' : ` (crashed, evicted in ${duration(m.evictionInMs)})`;
          return [m.memberId, assigned + crashed, n(m.recordsConsumed)];
        }),
        ...g.pendingMembers.map((m) => [m.clientId, m.status, '']),
      ]),
    );
    for (const [topic, offsets] of Object.entries(g.committed))
      out.push(`  committed ${e(topic)}: ${offsets.map((o) => (o === null ? '-' : n(o))).join(', ')}`);
  }
  return out.join('\n');
}

/** Burrow's status (and the partitions not OK), the lag in produce time, and the consumers the input needs. */
function groupHealthLine(g: GroupReport): string {
  const notOk = Object.entries(g.partitionStatus).flatMap(([topic, statuses]) =>
    statuses.flatMap((st, p) => (st !== null && st !== 'OK' ? [`${e(topic)}-${p} ${st}`] : [])),
  );
  const status = `status ${g.status} (Burrow)${notOk.length ? `: ${notOk.join(', ')}` : ''}`;
  const need =
    g.consumersNeeded === null
      ? 'no number of consumers keeps up (processingRate 0)'
      : g.consumersNeeded > g.partitionsLimit
        ? `needs ${g.consumersNeeded} consumers, more than its ${g.partitionsLimit} partitions keep busy: add partitions`
        : `needs ${g.consumersNeeded} consumer${g.consumersNeeded === 1 ? '' : 's'}`;
  return `  ${status}, lag ${g.lagSeconds.toFixed(1)} s of production, ${need}`;
}

export function formatEvents(events: readonly SimEvent[]): string {
  return events
    .map((ev) => `  ${duration(ev.timeMs).padStart(9)}  ${e(ev.subject)}: ${e(ev.message)}`)
    .join('\n');
}
