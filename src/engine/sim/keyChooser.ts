// Picks the key of each produced record: none, uniform over K keys, Zipf-skewed (hot keys), or a given list.
import type { KeySpec } from '../model/schema';
import type { KeySpace } from './keySpace';
import { NULL_KEY } from './keySpace';
import type { Rng } from '../common/rng';

export class KeyChooser {
  private readonly base: number;
  private readonly count: number;
  /** Zipf: cumulative probabilities of ranks 1..K. */
  private readonly cdf: Float64Array | null;

  constructor(
    spec: KeySpec,
    keys: KeySpace,
    private readonly rng: Rng,
  ) {
    if (spec.type === 'none') {
      this.base = NULL_KEY;
      this.count = 0;
      this.cdf = null;
      return;
    }
    const names =
      spec.type === 'list' ? spec.values : Array.from({ length: spec.count }, (_, i) => `key-${i}`);
    this.base = keys.register(names);
    this.count = names.length;
    this.cdf = spec.type === 'zipf' ? zipfCdf(spec.count, spec.exponent) : null;
  }

  next(): number {
    if (this.count === 0) return NULL_KEY;
    if (this.cdf === null) return this.base + this.rng.nextInt(this.count);
    const u = this.rng.nextFloat();
    let lo = 0,
      hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return this.base + lo;
  }
}

function zipfCdf(count: number, exponent: number): Float64Array {
  const cdf = new Float64Array(count);
  let sum = 0;
  for (let k = 0; k < count; k++) sum += 1 / Math.pow(k + 1, exponent);
  let acc = 0;
  for (let k = 0; k < count; k++) {
    acc += 1 / Math.pow(k + 1, exponent) / sum;
    cdf[k] = acc;
  }
  cdf[count - 1] = 1;
  return cdf;
}
