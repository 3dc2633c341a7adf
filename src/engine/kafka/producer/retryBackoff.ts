// Follows Kafka's ExponentialBackoff as RecordAccumulator uses it for retries (KIP-580): the wait before retry n
// (n = 0 for the first) is random(0.8, 1.2) * retry.backoff.ms * 2^n, at most retry.backoff.max.ms.

/** CommonClientConfigs.RETRY_BACKOFF_EXP_BASE and RETRY_BACKOFF_JITTER. */
const MULTIPLIER = 2;
const JITTER = 0.2;

/** `uniform` is a draw in [0, 1), as ThreadLocalRandom.nextDouble scales it. */
export function retryBackoffMs(initialMs: number, maxMs: number, attempts: number, uniform: number): number {
  const initial = Math.min(maxMs, initialMs);
  const expMax = maxMs > initial ? Math.log(maxMs / Math.max(initial, 1)) / Math.log(MULTIPLIER) : 0;
  if (expMax === 0) return initial;
  const term = initial * Math.pow(MULTIPLIER, Math.min(attempts, expMax));
  const randomFactor = 1 - JITTER + 2 * JITTER * uniform;
  return Math.min(Math.floor(randomFactor * term), maxMs);
}
