// max.poll.records in the fluid mode: a poll there stands for the polls of a whole step, so it may hand out what the
// consumer processes in a step at its processing rate (everything fetched when the rate is unlimited), and never less
// than max.poll.records. Per record (no step) it is max.poll.records.

/** The most records one poll hands to the application. */
export function pollLimit(maxPollRecords: number, processingRate: number | null, fluidStepMs = 0): number {
  if (fluidStepMs <= 0) return maxPollRecords;
  if (processingRate === null) return Number.MAX_SAFE_INTEGER;
  const step = Math.ceil((processingRate * fluidStepMs) / 1000);
  return step > maxPollRecords ? step : maxPollRecords;
}
