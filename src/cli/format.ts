// The readable form of a simulation report, for people at a terminal.
import type { SimEvent, SimulationReport } from '../engine';

const n = (v: number) => Math.round(v).toLocaleString('en-US');

function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 7_200_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map(
      (r) =>
        '  ' +
        r
          .map((cell, c) => cell.padEnd(widths[c]!))
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

export function formatReport(r: SimulationReport, name: string): string {
  const out: string[] = [];
  out.push(`${name}: ${duration(r.simulatedMs)} simulated, seed ${r.seed}`, '');
  out.push('Sources');
  out.push(
    table([
      ['source', 'produced', 'acked', 'failed', 'records/s'],
      ...r.sources.map((s) => [
        s.name,
        n(s.recordsProduced),
        n(s.recordsAcked),
        n(s.recordsFailed),
        n(s.recordsPerSec),
      ]),
    ]),
  );
  for (const t of r.topics) {
    out.push('', `Topic ${t.name} (${t.partitions.length} partitions, ${n(t.recordsPerSec)} records/s in)`);
    out.push(
      table([
        ['partition', 'log start', 'log end', 'high watermark', 'segments', 'bytes'],
        ...t.partitions.map((p) => [
          String(p.partition),
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
    const drain =
      g.lagTrend === 'falling' && g.timeToDrainMs !== null
        ? `falling, drains in about ${duration(g.timeToDrainMs)}`
        : g.lagTrend === 'caught-up'
          ? 'caught up'
          : g.lagTrend;
    out.push(
      '',
      `Group ${g.groupId}: ${g.state}, generation ${g.generation}, ${g.rebalances} rebalance(s), assignor ${g.assignor}`,
      `  lag ${n(g.lag)} (${drain}), consumed ${n(g.recordsConsumed)} at ${n(g.recordsPerSec)} records/s, duplicates ${n(g.duplicates)}`,
    );
    out.push(
      table([
        ['member', 'assignment', 'consumed'],
        ...g.members.map((m) => {
          const parts = Object.entries(m.assignment).map(([t, ps]) => `${t}[${ps.join(',')}]`);
          return [m.memberId, parts.length ? parts.join(' ') : 'idle (no partitions)', n(m.recordsConsumed)];
        }),
        ...g.pendingMembers.map((m) => [m.clientId, m.status, '']),
      ]),
    );
    for (const [topic, offsets] of Object.entries(g.committed))
      out.push(`  committed ${topic}: ${offsets.map((o) => (o === null ? '-' : n(o))).join(', ')}`);
  }
  return out.join('\n');
}

export function formatEvents(events: readonly SimEvent[]): string {
  return events.map((e) => `  ${duration(e.timeMs).padStart(9)}  ${e.subject}: ${e.message}`).join('\n');
}
