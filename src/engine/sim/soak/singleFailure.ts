// The single-broker-failure family: what acks=all, min.insync.replicas=2, replication factor 3 and clean elections
// promise under any one broker failure (Kafka's documented guarantee: "guarantees that no messages will be lost as
// long as at least one in-sync replica remains", Kafka docs, Design › Replication). One broker is killed, shut
// down or cut off from the controller and the other brokers (a zombie leader), maybe back later; another may be
// throttled meanwhile, and a consumer may crash.
import type { Fault } from '../../model/schema';
import { Draw } from './draw';
import type { SoakSchedule } from './schedule';

const BROKERS = [1, 2, 3];
export const SINGLE_DURATION_MS = 30_000;
const SETTLE_FROM_MS = 24_000;

export function singleFailureSchedule(seed: number): SoakSchedule {
  const d = new Draw(seed);
  const partitions = d.int(1, 6);
  const rate = d.pick([50, 200, 500, 1000, 2000]);
  const keyed = d.chance(0.5);
  const lingerMs = d.pick([0, 5, 20]);
  // 10 s lets a slow follower leave the ISR inside the run; 30 s is Kafka's default.
  const replicaLagTimeMaxMs = d.pick([10_000, 30_000]);
  const broker = d.pick(BROKERS);
  const how = d.pick(['broker-kill', 'broker-shutdown', 'broker-isolate'] as const);
  const failAtMs = d.secondMs(1, 10) + d.int(0, 999);
  const faults: Fault[] = [{ atMs: failAtMs, type: how, broker }];
  // Back after 1 to 12 s (after the controller fenced it, broker.session.timeout.ms 9 s, or before), or never.
  if (d.chance(0.6))
    faults.push({
      atMs: failAtMs + d.secondMs(1, 12),
      type: how === 'broker-isolate' ? 'broker-reconnect' : 'broker-restart',
      broker,
    });
  if (d.chance(0.5)) {
    // A network throttle on another broker: 0.05 MB/s is below the load, so its follower falls behind.
    const other = d.pick(BROKERS.filter((b) => b !== broker));
    const fromMs = d.secondMs(0, 8);
    faults.push({
      atMs: fromMs,
      type: 'broker-throttle',
      broker: other,
      networkMBps: d.pick([0.05, 0.5, 20]),
    });
    faults.push({
      atMs: fromMs + d.secondMs(5, 15),
      type: 'broker-throttle',
      broker: other,
      networkMBps: null,
    });
  }
  if (d.chance(0.5)) {
    const atMs = d.secondMs(1, 22) + d.int(0, 999);
    faults.push({ atMs, type: 'consumer-kill', node: 'readers' });
    faults.push({ atMs: atMs + 1, type: 'consumer-start', node: 'readers' });
  }
  faults.push({ atMs: SETTLE_FROM_MS, type: 'source-pause', node: 'app' });
  return {
    family: 'single',
    seed,
    durationMs: SINGLE_DURATION_MS,
    settleFromMs: SETTLE_FROM_MS,
    doc: {
      format: 'franz.pipeline',
      version: 1,
      name: `soak single ${seed}`,
      cluster: { replicaLagTimeMaxMs },
      nodes: [
        {
          id: 'events',
          kind: 'topic',
          name: 'events',
          config: {
            partitions,
            replicationFactor: 3,
            minInsyncReplicas: 2,
            uncleanLeaderElectionEnable: false,
          },
        },
        {
          id: 'app',
          kind: 'source',
          name: 'app',
          config: {
            rate,
            acks: 'all',
            lingerMs,
            keys: keyed ? { type: 'uniform', count: 50 } : { type: 'none' },
          },
        },
        {
          id: 'readers',
          kind: 'sink',
          name: 'readers',
          config: { consumers: 2, autoOffsetReset: 'earliest', sessionTimeoutMs: 10_000 },
        },
      ],
      edges: [
        { from: 'app', to: 'events' },
        { from: 'events', to: 'readers' },
      ],
      faults,
    },
  };
}
