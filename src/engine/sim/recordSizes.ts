// The value size of each produced record: fixed, or uniform between min and max.
import type { RecordSize } from '../model/schema';
import type { Rng } from '../common/rng';

export function valueSizeSampler(spec: RecordSize, rng: Rng): () => number {
  if (spec.type === 'fixed') return () => spec.bytes;
  const span = spec.max - spec.min + 1;
  return () => spec.min + rng.nextInt(span);
}
