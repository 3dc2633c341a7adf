// Failure headroom (N+1): the cluster with its busiest broker down, and with each rack down. The survivors take the
// leaders as the controller elects them: KRaft's PartitionChangeBuilder.electLeader (ONLINE), the first live in-sync
// replica in each partition's replica order (kafka/replication/leaderElection.ts); a partition with no live in-sync
// replica goes offline (unclean election is off by default). Followers on the down brokers fetch nothing.
import { electLeaderFor, NO_LEADER } from '../kafka/replication/leaderElection';
import type { CapacityTopic } from './types';

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
