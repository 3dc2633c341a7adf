// Draws for building a random schedule from a seed: the schedule of a soak run is a function of its seed alone, so
// any run can be replayed from the seed it printed.
import { Rng } from '../../common/rng';

export class Draw {
  private readonly rng: Rng;

  constructor(seed: number) {
    // A different stream from the simulation's own, which is seeded with the same number.
    this.rng = new Rng((seed ^ 0x5eed5eed) >>> 0);
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + this.rng.nextInt(max - min + 1);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.rng.nextFloat() < p;
  }

  pick<T>(values: readonly T[]): T {
    return values[this.rng.nextInt(values.length)]!;
  }

  /** A whole second from `min` to `max`, in milliseconds. */
  secondMs(min: number, max: number): number {
    return this.int(min, max) * 1000;
  }
}
