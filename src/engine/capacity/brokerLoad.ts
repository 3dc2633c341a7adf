// The formulas per broker, over the design's real replica placement: each partition's leader takes its produce
// bytes in (network in, disk), sends (RF - 1) copies out to the followers and every byte once per consumer group
// (krivaltsevich, "Kafka internals: scaling scenarios", https://krivaltsevich.com/kafka-internals/op11-scaling-scenarios.html:
// per leader, per byte 1x ingress + (RF-1)x replication out + Gx consumer egress); each follower takes one copy in
// and writes it. Only live brokers count: a down follower fetches nothing, and a partition without a live leader
// moves nothing.
import type { TopicConfig } from '../model/schema';
import { peakStoredBytes, storedBytesNow, type RetentionClock } from './storage';
import type { TopicLoad } from './topicLoad';
import type { BrokerFigures } from './types';

export interface PlacedTopic {
  load: TopicLoad;
  config: TopicConfig;
  /** Consumer groups reading it. */
  groups: number;
  replicas: readonly (readonly number[])[];
  /** The leader of each partition in this scenario; -1 offline. */
  leaders: readonly number[];
}

export interface ExpectedBroker extends BrokerFigures {
  peakStoredBytes: number;
  /** Where network out goes: consumer reads and copies to followers; the most groups reading a topic it leads. */
  readOutBytesPerSec: number;
  replicationOutBytesPerSec: number;
  mostGroups: number;
}

export function emptyFigures(): ExpectedBroker {
  return {
    networkInBytesPerSec: 0,
    networkOutBytesPerSec: 0,
    diskWriteBytesPerSec: 0,
    storedBytes: 0,
    peakStoredBytes: 0,
    partitions: 0,
    leaders: 0,
    readOutBytesPerSec: 0,
    replicationOutBytesPerSec: 0,
    mostGroups: 0,
  };
}

/** Expected figures per live broker id. */
export function expectedByBroker(
  topics: readonly PlacedTopic[],
  live: ReadonlySet<number>,
  clock: RetentionClock,
): Map<number, ExpectedBroker> {
  const out = new Map<number, ExpectedBroker>();
  for (const id of live) out.set(id, emptyFigures());
  for (const t of topics) {
    const { load, config } = t;
    for (let p = 0; p < load.partitions; p++) {
      const replicas = t.replicas[p] ?? [];
      const leader = t.leaders[p] ?? -1;
      const produce = load.produceBytes[p]!;
      // What the leader writes and the log grows by: the produce batches at the topic's codec (the same bytes
      // unless the leader recompresses).
      const write = load.storedBytes[p]!;
      const copy = load.logBytes[p]!;
      const read = t.groups * load.payloadBytes[p]!;
      const stored = storedBytesNow(config, write, clock);
      const peak = peakStoredBytes(config, write, clock.retentionCheckIntervalMs);
      const l = out.get(leader);
      for (const id of replicas) {
        const b = out.get(id);
        if (!b) continue;
        b.partitions++;
        b.storedBytes += stored;
        b.peakStoredBytes += peak;
        if (l === undefined) continue;
        if (id === leader) {
          b.leaders++;
          b.networkInBytesPerSec += produce;
          b.diskWriteBytesPerSec += write;
          b.networkOutBytesPerSec += read;
          b.readOutBytesPerSec += read;
          if (t.groups > b.mostGroups) b.mostGroups = t.groups;
        } else {
          b.networkInBytesPerSec += copy;
          b.diskWriteBytesPerSec += copy;
          l.networkOutBytesPerSec += copy;
          l.replicationOutBytesPerSec += copy;
        }
      }
    }
  }
  return out;
}
