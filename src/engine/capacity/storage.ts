// Stored bytes after retention, with segment granularity (UnifiedLog.deleteOldSegments): retention deletes whole
// segments whose newest record is older than retention.ms, at each log.retention.check.interval.ms, so data lives
// up to retention.ms + one segment's span + one check interval; the active segment stays until it breaches too.
// Conduktor, "Kafka retention policies: when messages disappear"
// (https://www.conduktor.io/blog/kafka-retention-policies-when-messages-disappear).
import type { TopicConfig } from '../model/schema';

export interface RetentionClock {
  nowMs: number;
  retentionInitialDelayMs: number;
  retentionCheckIntervalMs: number;
}

/** How long one segment takes to fill at `bytesPerSec`: segment.bytes, or segment.ms if that comes first. */
export function segmentSpanMs(config: TopicConfig, bytesPerSec: number): number {
  const bySize = bytesPerSec > 0 ? (config.segmentBytes / bytesPerSec) * 1000 : Infinity;
  return Math.min(bySize, config.segmentMs);
}

/** The last retention check at or before now; null before the first. */
export function lastRetentionCheckMs(clock: RetentionClock): number | null {
  const { nowMs, retentionInitialDelayMs: first, retentionCheckIntervalMs: every } = clock;
  if (nowMs < first) return null;
  return first + Math.floor((nowMs - first) / every) * every;
}

/**
 * Bytes one replica of a partition holds now, writing `bytesPerSec` to its log since time 0: segment i spans
 * [i x span, (i + 1) x span); the last check deleted every segment whose newest record was older than retention.ms.
 */
export function storedBytesNow(config: TopicConfig, bytesPerSec: number, clock: RetentionClock): number {
  if (bytesPerSec <= 0) return 0;
  const check = lastRetentionCheckMs(clock);
  let keptFromMs = 0;
  if (config.cleanupPolicy === 'delete' && config.retentionMs >= 0 && check !== null) {
    const span = segmentSpanMs(config, bytesPerSec);
    const deleted = Math.floor((check - config.retentionMs) / span);
    if (deleted > 0) keptFromMs = deleted * span;
  }
  return (bytesPerSec * Math.max(0, clock.nowMs - keptFromMs)) / 1000;
}

/**
 * The most one replica holds once retention runs steadily: T x (retention.ms + one segment + one check interval);
 * Infinity when retention is unlimited or the topic is compacted (its size is the distinct keys', not modelled).
 */
export function peakStoredBytes(config: TopicConfig, bytesPerSec: number, checkIntervalMs: number): number {
  if (bytesPerSec <= 0) return 0;
  if (config.cleanupPolicy !== 'delete' || config.retentionMs < 0) return Infinity;
  const span = segmentSpanMs(config, bytesPerSec);
  return (bytesPerSec * (config.retentionMs + span + checkIntervalMs)) / 1000;
}
