// A group's health for the report, the way a capacity planner asks about it: Burrow's status of the group and
// of each partition (metrics/burrow.ts, LinkedIn Burrow's evaluator over the windows of groupCommitWindows.ts),
// the lag in time, and how many consumers the input needs.
import { evaluatePartition, groupStatus, type BurrowGroupStatus } from '../metrics/burrow';
import type { BurrowPartitionStatus, PartitionEvaluation } from '../metrics/burrow';
import { meanOfLast } from '../metrics/lagTrend';
import { metricId } from '../metrics/metricId';
import { nameRecord } from '../model/nameRecord';
import type { GroupRuntime } from './groupRuntime';
import type { SimulationState } from './simulationState';

/** The input rate is the mean of the last 20 one-second samples (the span the lag trend fits). */
const INPUT_RATE_SAMPLES = 20;
/**
 * A need within 0.1% of a whole number of consumers counts as that number: the measured input rate wobbles by a
 * batch around the design's (1,000 records/s at 500 per consumer needs 2, not 3 for a measured 1,000.2).
 */
const RATE_TOLERANCE = 0.001;

export interface GroupHealth {
  status: BurrowGroupStatus;
  partitionStatus: Record<string, (BurrowPartitionStatus | null)[]>;
  lagSeconds: number;
  consumersNeeded: number | null;
  partitionsLimit: number;
}

export function groupHealth(g: GroupRuntime, state: SimulationState): GroupHealth {
  const partitionStatus = nameRecord<(BurrowPartitionStatus | null)[]>();
  const judged: PartitionEvaluation[] = [];
  let lagMs = 0;
  let inputPerSec = 0;
  let mostPartitions = 0;
  let allPartitions = 0;
  for (const name of g.subscribedTopics()) {
    const topic = state.topics.get(name)!;
    const statuses: (BurrowPartitionStatus | null)[] = [];
    for (let p = 0; p < topic.partitionCount; p++) {
      const highWatermark = topic.highWatermark(p);
      const span = g.commitWindows.span(name, p);
      if (!span) {
        statuses.push(null);
        continue;
      }
      const last = span.lastOffset();
      const currentLag = highWatermark > last ? highWatermark - last : 0;
      const evaluation = evaluatePartition(span, g.commitWindows.logEndsOf(name, p), currentLag, state.nowMs);
      judged.push(evaluation);
      statuses.push(evaluation.status);
      const committed = g.coordinator.committedOffset(name, p);
      if (committed >= 0 && committed < highWatermark) {
        // Lag in produce time, from the records' own timestamps (the log keeps them): the newest record's
        // timestamp minus that of the oldest record not committed (the log start's if retention took it).
        const log = topic.partitions[p]!;
        const oldest = log.timestampAt(Math.max(committed, log.logStartOffset));
        const newest = log.timestampAt(highWatermark - 1);
        if (oldest >= 0 && newest - oldest > lagMs) lagMs = newest - oldest;
      }
    }
    partitionStatus[name] = statuses;
    inputPerSec += meanOfLast(state.metrics.get(metricId.topicRecordsIn(name)), INPUT_RATE_SAMPLES);
    mostPartitions = Math.max(mostPartitions, topic.partitionCount);
    allPartitions += topic.partitionCount;
  }
  // RangeAssignor deals out each topic's partitions on their own, so consumers past the largest topic's
  // partition count get none; the other assignors spread all the group's partitions.
  const partitionsLimit = g.settings.assignor === 'range' ? mostPartitions : allPartitions;
  return {
    status: groupStatus(judged).status,
    partitionStatus,
    lagSeconds: lagMs / 1000,
    consumersNeeded: consumersNeeded(
      inputPerSec,
      g.settings.processingRate,
      g.designConsumers,
      partitionsLimit,
    ),
    partitionsLimit,
  };
}

/**
 * ceil(input records/s / one consumer's processingRate). Unlimited processing (null): the design's count, capped
 * at the partitions that can keep consumers busy, and at least 1 while records arrive. A rate of 0 keeps up
 * with nothing: null (no count is enough) while records arrive.
 */
export function consumersNeeded(
  inputPerSec: number,
  processingRate: number | null,
  designConsumers: number,
  partitionsLimit: number,
): number | null {
  if (inputPerSec <= 0) return 0;
  if (processingRate === null) return Math.max(1, Math.min(designConsumers, partitionsLimit));
  if (processingRate === 0) return null;
  return Math.ceil((inputPerSec * (1 - RATE_TOLERANCE)) / processingRate);
}
