// LinkedIn Burrow's consumer-lag evaluation, rule for rule: the CachingEvaluator of
// core/internal/evaluator/caching.go (https://github.com/linkedin/Burrow, read at commit ced55ba) and its rules
// as the wiki states them (https://github.com/linkedin/Burrow/wiki/Consumer-Lag-Evaluation-Rules). No
// thresholds: a partition is judged from its span of the last commits (commitWindow.ts), in this order:
//   current lag <= allowed-lag                                           -> OK (never in error)
//   3. now - last commit > last - first commit, and no recent log end at or below the last commit -> STOP
//   2. the committed offset went back and has not come back to where it was                     -> REWIND
//   1. lag at some commit in the span <= allowed-lag                                          -> OK
//   4. every commit in the span has the same offset (lag > 0)                                 -> STALL
//   5. the lag at commit never decreases from one commit to the next                            -> WARN
//   otherwise OK.
// The group's status is the worst of its partitions', where STOP, STALL and REWIND count as ERR.
import type { BrokerOffsetRing, CommitWindow } from './commitWindow';

/** A partition's status, Burrow's words (protocol.StatusConstant). */
export type BurrowPartitionStatus = 'OK' | 'WARN' | 'STOP' | 'STALL' | 'REWIND';
/** A group's status: NOTFOUND when Burrow has no commit of it, else OK, WARN or ERR. */
export type BurrowGroupStatus = 'NOTFOUND' | 'OK' | 'WARN' | 'ERR';

/** Burrow's order of badness (StatusOK 1 ... StatusRewind 6); ERR (3) is the group's word for 4 to 6. */
const SEVERITY: Record<BurrowPartitionStatus, number> = { OK: 1, WARN: 2, STOP: 4, STALL: 5, REWIND: 6 };
const ERR = 3;

export interface BurrowSettings {
  /** The evaluator's `allowed-lag` (default 0): a lag at or below it counts as none. */
  allowedLag: number;
  /** The evaluator's `minimum-complete` (default 0): a span less full than this is not judged (OK). */
  minimumComplete: number;
}

export const BURROW_DEFAULTS: BurrowSettings = { allowedLag: 0, minimumComplete: 0 };

export interface PartitionEvaluation {
  status: BurrowPartitionStatus;
  /** How full the span is: commits stored over `intervals` (1 when full; 0 with no commit). */
  complete: number;
}

/**
 * evaluatePartitionStatus: a partition with no commit is OK and 0 complete; one whose span is less complete
 * than `minimumComplete` is OK without further judgement; otherwise calculatePartitionStatus decides.
 * `currentLag` is the log end now minus the last committed offset (0 when the log end is behind it). `nowMs`
 * and the commits' timestamps are in milliseconds (Burrow takes now in whole seconds and multiplies by 1000).
 */
export function evaluatePartition(
  span: CommitWindow,
  brokerOffsets: BrokerOffsetRing | null,
  currentLag: number,
  nowMs: number,
  settings: BurrowSettings = BURROW_DEFAULTS,
): PartitionEvaluation {
  if (span.length === 0) return { status: 'OK', complete: 0 };
  const complete = span.length / span.intervals;
  if (complete < settings.minimumComplete) return { status: 'OK', complete };
  return { status: partitionStatus(span, brokerOffsets, currentLag, nowMs, settings.allowedLag), complete };
}

/** calculatePartitionStatus: the rules in Burrow's order (see the header). */
export function partitionStatus(
  w: CommitWindow,
  brokerOffsets: BrokerOffsetRing | null,
  currentLag: number,
  nowMs: number,
  allowedLag: number,
): BurrowPartitionStatus {
  if (currentLag <= allowedLag) return 'OK';
  // Stopped first: a problem even if the lag was zero somewhere in an old span, unless the log end was at or
  // below the last commit within the last few broker-offset fetches (intervals x offset-refresh).
  if (offsetsStopped(w, nowMs) && !recentLagZero(w, brokerOffsets)) return 'STOP';
  // A rewind counts only until the consumer is back where it was before it (a rebalance may recommit older work).
  const rewindIndex = offsetsRewind(w);
  if (rewindIndex > 0 && !rewindRecovered(w, rewindIndex)) return 'REWIND';
  if (lagAlwaysNotZero(w, allowedLag)) {
    if (offsetsStalled(w)) return 'STALL';
    if (lagNotDecreasing(w)) return 'WARN';
  }
  return 'OK';
}

/** Rule 1 (isLagAlwaysNotZero): false when the lag at some commit was at most `allowedLag`; unknown lags skipped. */
export function lagAlwaysNotZero(w: CommitWindow, allowedLag: number): boolean {
  for (let i = 0; i < w.length; i++) if (w.lag(i) <= allowedLag) return false; // NaN <= x is false
  return true;
}

/** Rule 2 (checkIfOffsetsRewind): the index of the first commit below the one before it, -1 when none. */
export function offsetsRewind(w: CommitWindow): number {
  for (let i = 1; i < w.length; i++) if (w.offset(i) < w.offset(i - 1)) return i;
  return -1;
}

/** Rule 2, part 2 (checkIfRewindRecovered): a later commit reached the offset committed before the rewind. */
export function rewindRecovered(w: CommitWindow, rewindIndex: number): boolean {
  const previous = w.offset(rewindIndex - 1);
  for (let i = rewindIndex; i < w.length; i++) if (w.offset(i) >= previous) return true;
  return false;
}

/**
 * Rule 3 (checkIfOffsetsStopped): the time since the last commit is longer than the span spans (last minus
 * first commit). The allowed gap is what the commits themselves span: 10 commits 5 s apart allow 45 s.
 */
export function offsetsStopped(w: CommitWindow, nowMs: number): boolean {
  const first = w.timestampMs(0);
  const last = w.timestampMs(w.length - 1);
  return nowMs - last > last - first;
}

/** Rule 4 (checkIfOffsetsStalled): every commit in the span has the same offset. */
export function offsetsStalled(w: CommitWindow): boolean {
  for (let i = 1; i < w.length; i++) if (w.offset(i) !== w.offset(i - 1)) return false;
  return true;
}

/** Rule 5 (checkIfLagNotDecreasing): no known lag is below the known lag before it. */
export function lagNotDecreasing(w: CommitWindow): boolean {
  let previous = NaN;
  for (let i = 0; i < w.length; i++) {
    const lag = w.lag(i);
    if (Number.isNaN(lag)) continue;
    if (!Number.isNaN(previous) && lag < previous) return false;
    previous = lag;
  }
  return true;
}

/** checkIfRecentLagZero: some recent log end was at or below the last committed offset (caught up lately). */
export function recentLagZero(w: CommitWindow, brokerOffsets: BrokerOffsetRing | null): boolean {
  if (!brokerOffsets) return false;
  const lastOffset = w.offset(w.length - 1);
  for (let i = 0; i < brokerOffsets.length; i++) if (brokerOffsets.at(i) <= lastOffset) return true;
  return false;
}

export interface GroupEvaluation {
  status: BurrowGroupStatus;
  /** Partitions whose span is full, over all partitions (Burrow's group Complete; 0 with none). */
  complete: number;
}

/**
 * evaluateConsumerStatus: the worst partition status, with STOP, STALL and REWIND reported as ERR.
 * NOTFOUND when there is no partition to judge (Burrow keeps no group that never committed).
 */
export function groupStatus(partitions: readonly PartitionEvaluation[]): GroupEvaluation {
  if (partitions.length === 0) return { status: 'NOTFOUND', complete: 0 };
  let worst = SEVERITY.OK;
  let full = 0;
  for (const p of partitions) {
    const severity = SEVERITY[p.status];
    if (severity > worst) worst = severity > ERR ? ERR : severity;
    if (p.complete === 1) full++;
  }
  return {
    status: worst === ERR ? 'ERR' : worst === SEVERITY.WARN ? 'WARN' : 'OK',
    complete: full / partitions.length,
  };
}
