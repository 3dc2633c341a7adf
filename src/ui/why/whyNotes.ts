// "Why, on screen": when something surprising happens, one plain line where it happens says why, in Kafka's
// terms. Pure, from the report (or a topic's digest) and the design, so each line is pinned by a test.
import type { GroupReport, PipelineNode } from '../../engine';
import { commitModeOf } from '../../engine';
import type { TopicDigest } from '../../protocol/viewNeed';

/** A settled group with more members than partitions: the extra ones hold nothing. */
export function idleWhy(group: GroupReport): string | null {
  if (group.state !== 'Stable') return null;
  const idle = group.members.filter((m) => Object.values(m.assignment).every((p) => p.length === 0)).length;
  if (idle === 0) return null;
  return (
    `${idle} idle: ${group.members.length} consumers for ${group.partitionsLimit} ` +
    `partition${group.partitionsLimit === 1 ? '' : 's'}. A partition goes to one consumer of a group.`
  );
}

/** Partitions led by a broker that is down but not yet fenced: no writes until the controller notices. */
export function unfencedWhy(digest: TopicDigest | undefined, brokerSessionTimeoutMs: number): string | null {
  if (!digest || digest.unfencedLeaders === 0) return null;
  const n = digest.unfencedLeaders;
  return (
    `${n} partition${n === 1 ? '' : 's'} take${n === 1 ? 's' : ''} no writes: the leader's broker is down and not ` +
    `yet fenced. The controller fences it after broker.session.timeout.ms (${brokerSessionTimeoutMs / 1000} s), ` +
    'then elects a leader from the ISR.'
  );
}

/** auto.commit.interval.ms of a group that commits on that timer; null for another node or commit mode. */
export function autoCommitEvery(node: PipelineNode | undefined): number | null {
  if (!node || (node.kind !== 'sink' && node.kind !== 'processor')) return null;
  return commitModeOf(node.config) === 'auto' ? node.config.autoCommitIntervalMs : null;
}

/** Why committed lag climbs and drops in steps: auto-commit runs on a timer, not per record. */
export function commitWhy(everyMs: number): string {
  return (
    `Why a saw-tooth: offsets are committed every ${everyMs / 1000} s (auto.commit.interval.ms), so the lag ` +
    'from the committed offset climbs between commits and drops at each.'
  );
}
