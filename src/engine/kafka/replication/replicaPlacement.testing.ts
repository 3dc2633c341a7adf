// org.apache.kafka.server.util.MockRandom (Kafka's test Random) and java.util.Random#nextInt(bound); used by tests only.

import type { RandomSource } from './replicaPlacementTypes';

/**
 * Kafka's MockRandom: java.util.Random with next(bits) replaced by a fixed 64-bit LCG from state 17, so Kafka's
 * placement tests have fixed expected outputs. nextInt(bound) is Random's own, rejection loop included.
 */
export class MockRandom implements RandomSource {
  private state: bigint;

  constructor(seed: number | bigint = 17) {
    this.state = BigInt.asIntN(64, BigInt(seed));
  }

  /** `state = state * 2862933555777941757L + 3037000493L; return (int) (state >>> (64 - bits));` */
  next(bits: number): number {
    this.state = BigInt.asIntN(64, this.state * 2862933555777941757n + 3037000493n);
    return Number(BigInt.asIntN(32, BigInt.asUintN(64, this.state) >> BigInt(64 - bits)));
  }

  /** java.util.Random.nextInt(int bound). */
  nextInt(bound: number): number {
    if (bound <= 0) throw new RangeError('bound must be positive');
    let r = this.next(31);
    const m = bound - 1;
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
    // `u - (r = u % bound) + m < 0` overflows int exactly when u lies in the last, partial run of `bound`.
    for (let u = r; ((u - (r = u % bound) + m) | 0) < 0; u = this.next(31));
    return r;
  }
}

/** A source that always draws 0, as in the StripedReplicaPlacer javadoc's "if all the offsets were 0". */
export const ZERO_RANDOM: RandomSource = { nextInt: () => 0 };
