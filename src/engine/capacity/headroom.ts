// Failure headroom (N+1): the cluster with its busiest broker down, and with each rack down. The survivors take the
// leaders as the controller elects them: KRaft's PartitionChangeBuilder.electLeader (ONLINE), the first live in-sync
// replica in each partition's replica order (kafka/replication/leaderElection.ts); a partition with no live in-sync
// replica goes offline (unclean election is off by default). Followers on the down brokers fetch nothing.
// The same for the brokers a person takes down (the what-if), which also says what Kafka would stop serving: offline
// partitions and partitions under min.insync.replicas (availabilityLoss).
import { electLeaderFor, NO_LEADER } from '../kafka/replication/leaderElection';
import type { Bottleneck, CapacityTopic } from './types';

export interface DownScenario {
  scenario: string;
  down: ReadonlySet<number>;
}

/** The busiest broker (most expected network in + out + disk) and each rack, as scenarios. */
export function downScenarios(
  busiest: number | null,
  racks: ReadonlyMap<string, readonly number[]>,
): DownScenario[] {
  const out: DownScenario[] = [];
  if (busiest !== null) out.push({ scenario: `broker ${busiest} down`, down: new Set([busiest]) });
  for (const [rack, ids] of racks) out.push({ scenario: `rack ${rack} down`, down: new Set(ids) });
  return out;
}

/** The brokers a person takes down in the what-if: "broker 2 down", "brokers 1, 3 down". */
export function chosenDown(ids: readonly number[]): DownScenario {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const word = sorted.length === 1 ? 'broker' : 'brokers';
  return { scenario: `${word} ${sorted.join(', ')} down`, down: new Set(sorted) };
}

/** The leaders the controller elects for a topic's partitions once the `down` brokers are fenced. */
export function electedLeaders(topic: CapacityTopic, down: ReadonlySet<number>): number[] {
  const live = (id: number) => !down.has(id);
  return topic.partitions.map((p) => {
    const isr = p.isr.filter(live);
    const current = p.leader >= 0 && live(p.leader) ? p.leader : NO_LEADER;
    return electLeaderFor('ONLINE', p.replicas, isr, current, live).leader;
  });
}

/**
 * What a what-if loses besides load, as Kafka would show it with those brokers down: a partition with no live in-sync
 * replica has no leader (offline, OfflinePartitionsCount); one left with fewer in-sync replicas than
 * min.insync.replicas refuses acks=all writes (NOT_ENOUGH_REPLICAS, UnderMinIsrPartitionCount). The worst topic's,
 * offline first; null when every partition stays available.
 */
export function availabilityLoss(
  topics: readonly CapacityTopic[],
  down: ReadonlySet<number>,
): Bottleneck | null {
  let offline: Bottleneck | null = null;
  let underMinIsr: Bottleneck | null = null;
  let offlineCount = 0;
  let underCount = 0;
  for (const t of topics) {
    const minIsr = t.config.minInsyncReplicas;
    let lost = 0;
    let under = 0;
    let first = -1;
    let firstUnder = -1;
    let fewest = Infinity;
    t.partitions.forEach((p, i) => {
      const live = p.isr.filter((id) => !down.has(id)).length;
      if (live === 0) {
        lost++;
        if (first < 0) first = i;
      } else if (live < minIsr) {
        under++;
        if (firstUnder < 0) firstUnder = i;
        fewest = Math.min(fewest, live);
      }
    });
    offlineCount += lost;
    underCount += under;
    const share = (n: number) => (t.partitions.length > 0 ? n / t.partitions.length : 0);
    if (lost > 0 && offline === null)
      offline = {
        resource: 'partitions',
        topic: t.name,
        utilisation: share(lost),
        cause: `${t.name}-${first} offline: no in-sync replica is left on a live broker`,
      };
    if (under > 0 && underMinIsr === null)
      underMinIsr = {
        resource: 'partitions',
        topic: t.name,
        utilisation: share(under),
        cause: `${t.name}-${firstUnder} keeps ${fewest} in-sync replica${fewest === 1 ? '' : 's'}, fewer than min.insync.replicas ${minIsr}: acks=all producers are refused (NOT_ENOUGH_REPLICAS)`,
      };
  }
  const others = (n: number, what: string) =>
    n > 1 ? ` (${n - 1} more partition${n === 2 ? '' : 's'} ${what})` : '';
  if (offline) return { ...offline, cause: offline.cause + others(offlineCount, 'offline') };
  if (underMinIsr)
    return { ...underMinIsr, cause: underMinIsr.cause + others(underCount, 'under min.insync.replicas') };
  return null;
}
