// A fixed pool of moving records, struct-of-arrays: nothing is allocated per particle or per frame.
// Edges are "slots": the runner says where each edge runs and how busy it is; the pool moves particles
// along them by length and spawns new ones at each edge's rate.
import { GEOMETRY_STRIDE, writeArcTable } from './bezier';

/** The most particles on screen at once: the pool's fixed size. */
export const MAX_PARTICLES = 1000;
/** Flow pixels per second of particles left on an edge that never had a rate. */
const IDLE_SPEED = 60;
/** Samples per edge in the arc-length table. */
export const ARC_SAMPLES = 16;

export class ParticleSystem {
  readonly capacity: number;
  count = 0;
  /** Per particle: its edge slot, the share of the edge's length travelled (0..1), a lane in -1..1. */
  readonly slot: Int32Array;
  readonly travelled: Float32Array;
  readonly lane: Float32Array;

  edges = 0;
  /** Per edge slot: particles per second, flow pixels per second, palette index, length. */
  spawnRate = new Float64Array(0);
  speed = new Float64Array(0);
  color = new Uint8Array(0);
  length = new Float64Array(0);
  /** Per edge slot: the curve and its arc table; an edge of length 0 is not drawn (no nodes yet). */
  geometry = new Float64Array(0);
  arcs = new Float32Array(0);
  private due = new Float64Array(0);
  /** Per edge slot: how much `due` must reach before the next spawn (mean 1). */
  private gap = new Float64Array(0);
  private seed = 0x9e3779b9;

  constructor(capacity = MAX_PARTICLES) {
    this.capacity = capacity;
    this.slot = new Int32Array(capacity);
    this.travelled = new Float32Array(capacity);
    this.lane = new Float32Array(capacity);
  }

  /**
   * Resizes the slots to `edges`; `moved[i]` is the new slot of old slot i, or -1 when its edge is
   * gone (its particles leave). Flows and geometry of the new slots start at zero.
   */
  setEdges(edges: number, moved?: Int32Array): void {
    const spawnRate = new Float64Array(edges);
    const speed = new Float64Array(edges);
    const color = new Uint8Array(edges);
    const due = new Float64Array(edges);
    const gap = new Float64Array(edges).fill(1);
    if (moved) {
      for (let old = 0; old < moved.length && old < this.edges; old++) {
        const to = moved[old]!;
        if (to < 0 || to >= edges) continue;
        spawnRate[to] = this.spawnRate[old]!;
        speed[to] = this.speed[old]!;
        color[to] = this.color[old]!;
        due[to] = this.due[old]!;
        gap[to] = this.gap[old]!;
      }
    }
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      const to = moved ? (moved[this.slot[i]!] ?? -1) : -1;
      if (to < 0 || to >= edges) continue;
      this.slot[kept] = to;
      this.travelled[kept] = this.travelled[i]!;
      this.lane[kept] = this.lane[i]!;
      kept++;
    }
    this.count = kept;
    this.edges = edges;
    this.spawnRate = spawnRate;
    this.speed = speed;
    this.color = color;
    this.due = due;
    this.gap = gap;
    this.length = new Float64Array(edges);
    this.geometry = new Float64Array(edges * GEOMETRY_STRIDE);
    this.arcs = new Float32Array(edges * (ARC_SAMPLES + 1));
  }

  /**
   * An edge's particles per second, speed and colour. An edge that goes quiet spawns no more, but the
   * records already on it finish their way at the speed they had.
   */
  setFlow(slot: number, spawnPerSec: number, pxPerSec: number, color: number): void {
    this.spawnRate[slot] = spawnPerSec;
    if (pxPerSec > 0) this.speed[slot] = pxPerSec;
    else if (!(this.speed[slot]! > 0)) this.speed[slot] = IDLE_SPEED;
    this.color[slot] = color;
    if (spawnPerSec === 0) this.due[slot] = 0;
  }

  /** Call after writing a slot's geometry (or marking it absent with `present = false`). */
  measure(slot: number, present: boolean): void {
    this.length[slot] = present
      ? writeArcTable(this.geometry, slot * GEOMETRY_STRIDE, this.arcs, slot * (ARC_SAMPLES + 1), ARC_SAMPLES)
      : 0;
  }

  /** Moves every particle `dt` seconds along its edge, retires the arrived ones, spawns new ones. */
  step(dt: number): void {
    const { slot, travelled, lane, speed, length } = this;
    let i = 0;
    while (i < this.count) {
      const e = slot[i]!;
      const len = length[e]!;
      const u = len > 0 ? travelled[i]! + (speed[e]! * dt) / len : 1;
      if (u >= 1) {
        this.retire(i);
        continue;
      }
      travelled[i] = u;
      i++;
    }
    for (let e = 0; e < this.edges; e++) {
      const rate = this.spawnRate[e]!;
      const len = length[e]!;
      if (rate <= 0 || len <= 0) continue;
      // Gaps between spawns are exponential (a Poisson stream at `rate`), so records look like
      // arrivals rather than beads on a string.
      let due = this.due[e]! + rate * dt;
      let gap = this.gap[e]!;
      while (due >= gap) {
        due -= gap;
        gap = -Math.log(1 - this.random());
        if (this.count >= this.capacity) {
          due = 0;
          break;
        }
        const n = this.count++;
        slot[n] = e;
        // A record due `due / rate` seconds ago has already moved that far: no clumps at frame edges.
        travelled[n] = Math.min(0.999, ((due / rate) * speed[e]!) / len);
        const r = this.random() * 2 - 1;
        lane[n] = r * Math.abs(r);
      }
      this.due[e] = due;
      this.gap[e] = gap;
    }
  }

  clear(): void {
    this.count = 0;
    this.due.fill(0);
  }

  private retire(i: number): void {
    const last = --this.count;
    this.slot[i] = this.slot[last]!;
    this.travelled[i] = this.travelled[last]!;
    this.lane[i] = this.lane[last]!;
  }

  /** xorshift32: lanes only need to look scattered, and tests need them repeatable. */
  private random(): number {
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x >>> 0;
    return this.seed / 0x1_0000_0000;
  }
}
