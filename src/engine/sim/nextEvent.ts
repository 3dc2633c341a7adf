// Event skipping for the step loop (simulation.ts): how many of the coming ticks nothing happens in, so the loop can
// jump over them instead of running each. Every runtime piece the tick calls says the earliest end of a tick at which
// it could change anything (a record arriving, a batch lingered or answered, a follower's fetch, a consumer's poll,
// heartbeat or fetch, a coordinator's timer, a fault, retention, the cleaner, a metrics sample), or "the next tick"
// when it cannot tell. A skipped span ends on the tick grid and refills every link as its ticks would have, so a run
// gives the same figures with skipping as without.
import { consumerWakeMs } from '../kafka/group/consumerWakeup';
import { clusterWakeMs } from './cluster/clusterWakeup';
import type { ClusterRuntime } from './cluster/clusterRuntime';
import type { GroupRuntime } from './groupRuntime';
import type { ProcessorRuntime } from './processorRuntime';
import type { ProducerRuntime } from './producerRuntime';
import type { SourceRuntime } from './sourceRuntime';

/** What the step loop runs every tick, as simulation.ts keeps it (its flat lists and its timers). */
export interface SteppedParts {
  sources: readonly SourceRuntime[];
  producers: readonly ProducerRuntime[];
  processors: readonly ProcessorRuntime[];
  sinks: readonly GroupRuntime[];
  cluster: ClusterRuntime;
  /** The next fault, applied in the tick that ends after it. */
  nextFaultMs: number;
  /** The earliest of the simulation's own timers: retention, the cleaner, the metrics sample (each at a tick's end ≥ it). */
  nextTimerMs: number;
  /**
   * Set by `idleTicks` when it answers 0: a producer may have work in the next tick (or it did not look that far).
   * Producers keep what they read of the cluster and of their deques for the next tick (the partitioners' load stats,
   * the cached leaders), so the tick after theirs runs too. A fault tells the event log, which has the same effect.
   */
  clientsDue: boolean;
}

/**
 * How many ticks from `nowMs` are idle, at most `maxTicks`: ticks of `tickMs` in which nothing would change but the
 * clock and the links' bandwidth. 0 when the next tick has work.
 */
export function idleTicks(parts: SteppedParts, nowMs: number, tickMs: number, maxTicks: number): number {
  if (maxTicks <= 0) return 0;
  const firstEnd = nowMs + tickMs;
  // A tick runs every record that arrives before its end, and every fault; the tick before a fault runs too, so that
  // what the fault reads of the clients (the time of their last tick) is as it would have been.
  let strict = parts.nextFaultMs - tickMs;
  const sources = parts.sources;
  for (let i = 0; i < sources.length; i++) {
    const next = sources[i]!.nextArrivalMs;
    if (next < strict) strict = next;
  }
  parts.clientsDue = true;
  if (firstEnd > strict) {
    // A record arriving is taken in by its producer within the tick; only a producer's own work needs the next one.
    parts.clientsDue = producersWakeMs(parts.producers, nowMs, firstEnd) <= firstEnd;
    return 0;
  }
  const wake = wakeMs(parts, nowMs, firstEnd);
  if (firstEnd >= wake) return 0;
  let n = 0;
  let end = nowMs;
  while (n < maxTicks) {
    const next = end + tickMs;
    if (next >= wake || next > strict) break;
    end = next;
    n++;
  }
  return n;
}

/** The earliest tick end at which a producer, the cluster or a group has work; stops looking once it is `firstEnd`. */
function wakeMs(parts: SteppedParts, nowMs: number, firstEnd: number): number {
  let wake = parts.nextTimerMs;
  if (wake > firstEnd) wake = producersWakeMs(parts.producers, nowMs, firstEnd, wake);
  if (wake <= firstEnd) return wake;
  parts.clientsDue = false;
  const c = clusterWakeMs(parts.cluster, nowMs);
  if (c < wake) wake = c;
  const processors = parts.processors;
  for (let i = 0; i < processors.length && wake > firstEnd; i++) {
    const p = processors[i]!;
    if (p.producer.blocked) return nowMs;
    const w = groupWakeMs(p.group, nowMs);
    if (w < wake) wake = w;
  }
  const sinks = parts.sinks;
  for (let i = 0; i < sinks.length && wake > firstEnd; i++) {
    const w = groupWakeMs(sinks[i]!, nowMs);
    if (w < wake) wake = w;
  }
  return wake;
}

/** The earliest of the producers' wakes and `wake`; stops looking once it is `firstEnd`. */
function producersWakeMs(
  producers: readonly ProducerRuntime[],
  nowMs: number,
  firstEnd: number,
  wake = Infinity,
): number {
  for (let i = 0; i < producers.length && wake > firstEnd; i++) {
    const w = producerWakeMs(producers[i]!, nowMs);
    if (w < wake) wake = w;
  }
  return wake;
}

/** ProducerRuntime.endTick and Sender.run: metadata refreshes and the Sender's own events. */
function producerWakeMs(p: ProducerRuntime, nowMs: number): number {
  if (p.blocked) return nowMs;
  let wake = p.nextMetadataMs;
  const update = p.metadata.nextUpdateMs(p.settings.retryBackoffMs);
  if (update < wake) wake = update;
  const sender = p.sender.nextEventMs(nowMs);
  return sender < wake ? sender : wake;
}

/**
 * Within a tick that runs: the group has nothing to do in the tick ending at `untilMs` (as the cluster and the
 * producers left things earlier in that tick), so its tick may be left out, its link refilled instead.
 */
export function groupIdleAt(g: GroupRuntime, untilMs: number): boolean {
  return groupWakeMs(g, untilMs) > untilMs;
}

/** Within a tick that runs: ClusterRuntime.tick would change nothing in the tick ending at `untilMs`. */
export function clusterIdleAt(cluster: ClusterRuntime, untilMs: number): boolean {
  return clusterWakeMs(cluster, untilMs) > untilMs;
}

/** GroupRuntime.tick: Burrow's offset refresh, every member, the coordinator, members it no longer knows. */
function groupWakeMs(g: GroupRuntime, nowMs: number): number {
  let wake = g.commitWindows.nextRefreshMs;
  const coordinator = g.membership;
  const c = coordinator.nextEventMs();
  if (c < wake) wake = c;
  if (g.restarts.nextAtMs < wake) wake = g.restarts.nextAtMs;
  const members = g.members;
  for (let i = 0; i < members.length && wake > nowMs; i++) {
    const m = members[i]!;
    if (m.status === 'crashed' || m.status === 'closed') {
      // Dropped from the list on the next tick once the coordinator has forgotten it.
      if (m.memberId === null || coordinator.assignmentOf(m.memberId) === undefined) return nowMs;
      continue;
    }
    const w = consumerWakeMs(m, g.settings, nowMs);
    if (w < wake) wake = w;
  }
  return wake;
}

/** The links of a skipped span: every broker's, and every client machine's, refilled as its `ticks` would have. */
export function refillSkipped(parts: SteppedParts, tickMs: number, ticks: number, nowMs: number): void {
  parts.cluster.refillTicks(tickMs, ticks);
  const producers = parts.producers;
  for (let i = 0; i < producers.length; i++) producers[i]!.clientLink.refillTicks(tickMs, ticks, nowMs);
  const processors = parts.processors;
  for (let i = 0; i < processors.length; i++)
    processors[i]!.group.clientLink.refillTicks(tickMs, ticks, nowMs);
  const sinks = parts.sinks;
  for (let i = 0; i < sinks.length; i++) sinks[i]!.clientLink.refillTicks(tickMs, ticks, nowMs);
}
