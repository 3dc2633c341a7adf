// The brokers' scheduled log tasks, run by both modes' loops: LogManager's "kafka-log-retention" (delete segments
// past retention.ms / retention.bytes) and LogCleaner's passes over compacted topics, each told in the event log.
import type { SimulationState } from './simulationState';
import type { TopicRuntime } from './topicRuntime';

/** The log cleaner: compacted topics keep the latest record per key (log.cleaner.backoff.ms between passes). */
export function cleanLogs(state: SimulationState, topics: readonly TopicRuntime[], nowMs: number): void {
  for (let i = 0; i < topics.length; i++) {
    const topic = topics[i]!;
    if (topic.config.cleanupPolicy !== 'compact') continue;
    const removed = topic.clean(nowMs);
    if (removed > 0)
      state.emit(
        'compaction',
        topic.name,
        `log cleaner removed ${removed} records superseded by a newer one with the same key`,
      );
  }
}

/** Retention by segment on every topic; a log start offset that moved is told per partition. */
export function applyRetention(state: SimulationState, topics: readonly TopicRuntime[], nowMs: number): void {
  for (let i = 0; i < topics.length; i++) {
    const topic = topics[i]!;
    const before = topic.partitions.map((p) => p.logStartOffset);
    if (topic.applyRetention(nowMs) > 0) {
      const moved = topic.partitions
        .map((p, i) => (p.logStartOffset > before[i]! ? `${i}: ${before[i]} -> ${p.logStartOffset}` : null))
        .filter(Boolean);
      state.emit(
        'retention',
        topic.name,
        `${topic.name}: segments deleted, log start offset ${moved.join(', ')}`,
      );
    }
  }
}
