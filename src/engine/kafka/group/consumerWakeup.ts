// When a consumer next has something to do, for the simulation's event skipping: the Java client's timers
// (ConsumerCoordinator's heartbeat, auto-commit and max.poll.interval.ms, the metadata refresh), the record being
// processed finishing at the consumer's processing rate, and its Fetcher's requests (fetcher.ts). Returns the earliest
// end of a tick at which ConsumerMember.tick could change anything: `nowMs` (the next tick) whenever it cannot tell.
import type { ConsumerMember } from './consumerMember';
import type { ConsumerSettings } from './consumerSettings';
import { rebalanceProtocolOf } from './types';

/**
 * Records of a poll finish at anchor + k / rate (ConsumerMember.advanceProcessing, which rounds up by 1e-9 of a
 * record): waking this fraction of a record earlier can only run a tick too many, never one too few.
 */
const PROCESSING_MARGIN_RECORDS = 0.001;

export function consumerWakeMs(m: ConsumerMember, s: ConsumerSettings, nowMs: number): number {
  const status = m.status;
  if (status === 'crashed' || status === 'closed') return Infinity;
  // poll() joins the group on the next tick.
  if (status === 'starting' || (m.needsRejoin && status !== 'joining')) return nowMs;
  let wake = m.nextMetadataMs;
  if (status === 'active') {
    if (m.memberId !== null) {
      const w = m.lastPollMs + s.maxPollIntervalMs;
      wake =
        w < m.nextHeartbeatMs ? (w < wake ? w : wake) : m.nextHeartbeatMs < wake ? m.nextHeartbeatMs : wake;
    }
    if (s.enableAutoCommit && m.nextAutoCommitMs < wake) wake = m.nextAutoCommitMs;
  }
  if (m.fetcher.batchSize > 0) {
    // The application is processing its last poll: the next record done, at the rate it runs at now.
    const rate = m.processingRateOverride ?? s.processingRate;
    if (rate === null || rate !== m.anchorRate) return nowMs;
    if (rate > 0) {
      const next = m.anchorMs + ((m.pollDone + 1 - m.anchorDone - PROCESSING_MARGIN_RECORDS) * 1000) / rate;
      if (next < wake) wake = next;
    }
    // Fetches go on meanwhile, but no poll hands out records until the poll is done.
    if (status !== 'active') return wake;
    return wake <= nowMs ? nowMs : Math.min(wake, m.fetcher.nextEventMs(nowMs, false));
  }
  // An eager member waiting for its assignment polls nothing.
  if (status === 'joining' && rebalanceProtocolOf(s.assignor) === 'eager') return wake;
  const f = m.fetcher.nextEventMs(nowMs, true);
  return f < wake ? f : wake;
}
