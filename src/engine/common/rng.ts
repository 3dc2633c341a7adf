/**
 * The simulation's only source of randomness: sfc32 (Chris Doty-Humphrey's Small Fast Counting RNG),
 * seeded from a 32-bit seed through splitmix32. The state lives in a typed array so that drawing a
 * number never allocates, and it is part of the simulation state, so a run is reproducible.
 */
export class Rng {
  /** s[0..3]: the sfc32 state; s[4]: the last output. */
  private readonly s = new Uint32Array(5);

  constructor(seed: number) {
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
    for (let i = 0; i < 12; i++) this.advance();
  }

  /**
   * One sfc32 step; the output goes to s[4] rather than being returned, so that no 32-bit value (which
   * V8 boxes on the heap when a call is not inlined) crosses a call on the per-record path.
   */
  private advance(): void {
    const s = this.s;
    const a = s[0]!,
      b = s[1]!,
      c = s[2]!,
      d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = d + 1;
    s[0] = b ^ (b >>> 9);
    s[1] = c + (c << 3);
    s[2] = ((c << 21) | (c >>> 11)) + t;
    s[4] = t;
  }

  /** A uniform unsigned 32-bit integer. */
  nextU32(): number {
    this.advance();
    return this.s[4]!;
  }

  /** A uniform double in [0, 1). */
  nextFloat(): number {
    this.advance();
    return this.s[4]! / 4294967296;
  }

  /** A uniform integer in [0, n); a small integer, so it crosses calls unboxed. */
  nextInt(n: number): number {
    this.advance();
    return Math.floor((this.s[4]! / 4294967296) * n);
  }

  /** A draw from the exponential distribution with the given mean (inter-arrival times of a Poisson process). */
  nextExponential(mean: number): number {
    return -Math.log(1 - this.nextFloat()) * mean;
  }

  /** The state, to save and restore a simulation exactly. */
  getState(): number[] {
    return Array.from(this.s.subarray(0, 4));
  }
}
