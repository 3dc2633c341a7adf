// The multi-fault family: anything may happen (several brokers killed, shut down, restarted or throttled, acks 0, 1
// and all mixed, unclean election on or off, a processor killed and restarted, sources paused and resumed, consumers
// killed, started and slowed). Only what Kafka guarantees whatever happens is checked (see invariants.ts).
import type { Fault } from '../../model/schema';
import { Draw } from './draw';
import type { SoakSchedule } from './schedule';

const BROKERS = [1, 2, 3];
export const MULTI_DURATION_MS = 30_000;
const SETTLE_FROM_MS = 24_000;
/** Faults happen in [1 s, LAST_FAULT_S]. */
const LAST_FAULT_S = 20;

const ACKS = ['0', '1', 'all'] as const;
const GROUPS = ['readers', 'auditors', 'proc'];

function topicConfig(d: Draw, partitions: number) {
  const replicationFactor = d.pick([1, 2, 3, 3]);
  return {
    partitions,
    replicationFactor,
    minInsyncReplicas: d.int(1, Math.min(2, replicationFactor)),
    uncleanLeaderElectionEnable: d.chance(0.4),
  };
}

/** One random fault at `atMs`; broker faults pick any broker, node faults any node that takes them. */
function randomFault(d: Draw, atMs: number): Fault[] {
  const broker = d.pick(BROKERS);
  // Broker failures weigh most: they are what elections, truncations and unclean elections come from.
  switch (d.int(0, 11)) {
    case 0:
    case 1:
    case 2:
    case 3: {
      const type = d.pick(['broker-kill', 'broker-kill', 'broker-shutdown'] as const);
      const out: Fault[] = [{ atMs, type, broker }];
      if (d.chance(0.6)) out.push({ atMs: atMs + d.secondMs(1, 15), type: 'broker-restart', broker });
      return out;
    }
    case 4:
      return [{ atMs, type: 'broker-restart', broker }];
    case 5:
    case 6:
      // 0.05 MB/s is below the load: the broker's followers fall out of the ISR, its leaders slow down.
      return [{ atMs, type: 'broker-throttle', broker, networkMBps: d.pick([0.05, 0.05, 0.5, null]) }];
    case 7: {
      const out: Fault[] = [{ atMs, type: 'processor-kill', node: 'proc' }];
      if (d.chance(0.6))
        out.push({ atMs: atMs + d.secondMs(1, 10), type: 'processor-restart', node: 'proc' });
      return out;
    }
    case 8: {
      const node = d.pick(['shop', 'audit-log']);
      const out: Fault[] = [{ atMs, type: 'source-pause', node }];
      // Resumed before the run settles, or never.
      const resumeMs = atMs + d.secondMs(1, 10);
      if (d.chance(0.7) && resumeMs < SETTLE_FROM_MS)
        out.push({ atMs: resumeMs, type: 'source-resume', node });
      return out;
    }
    case 9:
      return [{ atMs, type: d.pick(['consumer-kill', 'consumer-start'] as const), node: d.pick(GROUPS) }];
    case 10:
      return [
        { atMs, type: 'consumer-slow', node: d.pick(GROUPS), processingRate: d.pick([0, 10, 200, null]) },
      ];
    default:
      return [{ atMs, type: 'processor-restart', node: 'proc' }];
  }
}

function producerConfig(d: Draw) {
  return {
    acks: d.pick(ACKS),
    lingerMs: d.pick([0, 5, 20]),
    maxInFlightRequestsPerConnection: d.pick([1, 5]),
  };
}

function sourceConfig(d: Draw) {
  return {
    ...producerConfig(d),
    rate: d.pick([20, 100, 300]),
    keys: d.chance(0.5) ? { type: 'uniform' as const, count: 30 } : { type: 'none' as const },
  };
}

function groupConfig(d: Draw, consumers: number) {
  return {
    consumers,
    autoOffsetReset: d.pick(['earliest', 'latest'] as const),
    enableAutoCommit: d.chance(0.7),
    sessionTimeoutMs: 10_000,
    assignor: d.pick(['range', 'roundrobin', 'sticky', 'cooperative-sticky'] as const),
  };
}

export function multiFaultSchedule(seed: number): SoakSchedule {
  const d = new Draw(seed);
  const faults: Fault[] = [];
  const count = d.int(3, 9);
  for (let i = 0; i < count; i++) faults.push(...randomFault(d, d.secondMs(1, LAST_FAULT_S) + d.int(0, 999)));
  // Settle: the sources stop (no resume is scheduled after this).
  faults.push({ atMs: SETTLE_FROM_MS, type: 'source-pause', node: 'shop' });
  faults.push({ atMs: SETTLE_FROM_MS, type: 'source-pause', node: 'audit-log' });
  const proc = { ...groupConfig(d, d.int(1, 2)), ...producerConfig(d) };
  return {
    family: 'multi',
    seed,
    durationMs: MULTI_DURATION_MS,
    settleFromMs: SETTLE_FROM_MS,
    doc: {
      format: 'franz.pipeline',
      version: 1,
      name: `soak multi ${seed}`,
      cluster: { replicaLagTimeMaxMs: d.pick([10_000, 30_000]) },
      nodes: [
        { id: 'orders', kind: 'topic', name: 'orders', config: topicConfig(d, d.int(1, 4)) },
        { id: 'enriched', kind: 'topic', name: 'enriched', config: topicConfig(d, d.int(1, 3)) },
        { id: 'shop', kind: 'source', name: 'shop', config: sourceConfig(d) },
        { id: 'audit-log', kind: 'source', name: 'audit-log', config: sourceConfig(d) },
        {
          id: 'proc',
          kind: 'processor',
          name: 'proc',
          config: { ...proc, filterRatio: d.pick([1, 0.5]), fanOut: d.pick([1, 2]) },
        },
        { id: 'readers', kind: 'sink', name: 'readers', config: groupConfig(d, d.int(1, 3)) },
        { id: 'auditors', kind: 'sink', name: 'auditors', config: groupConfig(d, d.int(1, 2)) },
      ],
      edges: [
        { from: 'shop', to: 'orders' },
        { from: 'audit-log', to: 'orders' },
        { from: 'orders', to: 'proc' },
        { from: 'proc', to: 'enriched' },
        { from: 'enriched', to: 'readers' },
        { from: 'orders', to: 'auditors' },
      ],
      faults,
    },
  };
}
