// The brokers' and the recorder's timed work, one schedule for both modes' loops (simulation.ts per tick, the fluid
// loop per step): LogManager's "kafka-log-retention" (segments past retention.ms / retention.bytes deleted), the
// LogCleaner's passes over compacted topics, and the metrics sample. Each runs at the end of the first tick or step
// that reaches its time, and is told in the event log when it changed a log.
import type { ClusterConfig } from '../model/schema';
import type { SimulationState } from './simulationState';
import type { TopicRuntime } from './topicRuntime';

/**
 * log.initial.task.delay.ms: LogManager schedules "kafka-log-retention" this long after the broker starts, then every
 * log.retention.check.interval.ms (ServerLogConfigs.LOG_INITIAL_TASK_DELAY_MS_DEFAULT, an internal setting).
 */
export const LOG_INITIAL_TASK_DELAY_MS = 30_000;

export class ScheduledTasks {
  // LogManager.startup: retention first runs after the initial task delay, then at a fixed rate.
  private nextRetentionMs = LOG_INITIAL_TASK_DELAY_MS;
  // LogCleaner.startup starts its threads at once: a first pass now, then log.cleaner.backoff.ms after any pass that
  // found nothing to clean (CleanerThread.doWork; a pass that cleaned loops at once, and ours cleans all).
  private nextCleanerMs = 0;
  private nextSampleMs: number;

  constructor(private readonly state: SimulationState) {
    this.nextSampleMs = state.metrics.intervalMs;
  }

  /** The earliest time one of the tasks is due (event skipping jumps no further). */
  get nextDueMs(): number {
    const logs = this.nextRetentionMs < this.nextCleanerMs ? this.nextRetentionMs : this.nextCleanerMs;
    return this.nextSampleMs < logs ? this.nextSampleMs : logs;
  }

  /** Runs what is due by `untilMs`, the end of a tick or step. */
  runDue(untilMs: number, cluster: ClusterConfig, topics: readonly TopicRuntime[]): void {
    const state = this.state;
    if (untilMs >= this.nextRetentionMs) {
      this.nextRetentionMs += cluster.logRetentionCheckIntervalMs;
      applyRetention(state, topics, untilMs);
    }
    if (untilMs >= this.nextCleanerMs) {
      this.nextCleanerMs += cluster.logCleanerBackoffMs;
      cleanLogs(state, topics, untilMs);
    }
    if (untilMs >= this.nextSampleMs) {
      this.nextSampleMs += state.metrics.intervalMs;
      state.metrics.sample(state);
      state.cluster.sample(state.metrics.intervalMs);
    }
  }
}

/** The log cleaner: compacted topics keep the latest record per key (log.cleaner.backoff.ms between passes). */
function cleanLogs(state: SimulationState, topics: readonly TopicRuntime[], nowMs: number): void {
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
function applyRetention(state: SimulationState, topics: readonly TopicRuntime[], nowMs: number): void {
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
