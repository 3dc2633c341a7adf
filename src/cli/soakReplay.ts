// `npm run soak -- --replay multi:42`: runs one schedule and prints its design, its faults, the events and what failed.
import { describeFaults, parseDocument, runSchedule, soakSchedule, type SoakFamily } from '../engine';
import { formatEvents } from './format';

export function replay(family: SoakFamily, seed: number): boolean {
  const schedule = soakSchedule(family, seed);
  const parsed = parseDocument(schedule.doc);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const doc = parsed.doc;
  const out: string[] = [
    `soak replay ${family}:${seed} (${schedule.durationMs / 1000} s simulated)`,
    '',
    'Design',
  ];
  for (const n of doc.nodes) {
    const c = n.config as Record<string, unknown>;
    const keys =
      n.kind === 'topic'
        ? ['partitions', 'replicationFactor', 'minInsyncReplicas', 'uncleanLeaderElectionEnable']
        : n.kind === 'source'
          ? ['rate', 'acks', 'enableIdempotence', 'lingerMs', 'maxInFlightRequestsPerConnection']
          : n.kind === 'processor'
            ? [
                'consumers',
                'acks',
                'enableIdempotence',
                'lingerMs',
                'filterRatio',
                'fanOut',
                'enableAutoCommit',
              ]
            : ['consumers', 'assignor', 'autoOffsetReset', 'enableAutoCommit', 'sessionTimeoutMs'];
    out.push(`  ${n.kind} ${n.id}: ${keys.map((k) => `${k}=${JSON.stringify(c[k])}`).join(' ')}`);
  }
  out.push(`  cluster: replicaLagTimeMaxMs=${doc.cluster.replicaLagTimeMaxMs}`, '', 'Faults');
  out.push(...describeFaults(doc.faults).map((l) => `  ${l}`));
  const result = runSchedule(schedule);
  const events = result.sim.recentEvents();
  out.push('', `Events (newest ${events.length} of ${result.sim.eventCount})`, formatEvents(events), '');
  if (result.violations.length === 0) out.push('No invariant failed.');
  else {
    out.push('Failed invariants');
    for (const v of result.violations)
      out.push(`  ${(v.atMs / 1000).toFixed(3).padStart(7)} s  ${v.invariant}: ${v.detail}`);
  }
  process.stdout.write(out.join('\n') + '\n');
  return result.violations.length === 0;
}
