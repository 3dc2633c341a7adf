// Runs one design and seed in both modes and gathers what the fluid mode must agree on with the per-record mode:
// records produced and consumed, lag, stored bytes and each broker's load (bytes carried in, out and to disk).
import type { PipelineDocument } from '../../model/schema';
import { Simulation } from '../simulation';
import { stateOf } from '../stateOf';

export interface Figures {
  produced: number;
  consumed: number;
  /** Sum of the groups' lag (high watermark - committed) at the end. */
  lag: number;
  /** Mean over the run of the groups' summed lag, sampled every simulated second. */
  meanLag: number;
  /** Bytes in the partitions' logs (leaders), and on the brokers (every replica). */
  storedBytes: number;
  brokerStoredBytes: number;
  /** Bytes every broker's links carried over the run. */
  networkIn: number;
  networkOut: number;
  diskWrite: number;
  /** The controller's leader elections, and the groups' rebalances. */
  elections: number;
  rebalances: number;
}

/** What one run of `doc` gives after `ms`; `during(sim, nowMs)` runs after every simulated second. */
export function figures(
  doc: PipelineDocument,
  mode: 'record' | 'fluid',
  ms: number,
  during: (sim: Simulation, nowMs: number) => void = () => {},
): Figures {
  const sim = new Simulation(doc, { seed: 1, mode });
  let lagSum = 0;
  let samples = 0;
  for (let t = 1000; t <= ms; t += 1000) {
    sim.step(1000);
    during(sim, t);
    for (const g of stateOf(sim).groups.values()) lagSum += g.lag();
    samples++;
  }
  const r = sim.report();
  const brokers = stateOf(sim).cluster.brokerList;
  return {
    produced: r.sources.reduce((s, x) => s + x.recordsProduced, 0),
    consumed: r.groups.reduce((s, g) => s + g.recordsConsumed, 0),
    lag: r.groups.reduce((s, g) => s + g.lag, 0),
    meanLag: lagSum / samples,
    storedBytes: r.topics.reduce((s, t) => s + t.partitions.reduce((q, p) => q + p.sizeInBytes, 0), 0),
    brokerStoredBytes: r.brokers.reduce((s, b) => s + b.storedBytes, 0),
    networkIn: brokers.reduce((s, b) => s + b.networkIn.carried, 0),
    networkOut: brokers.reduce((s, b) => s + b.networkOut.carried, 0),
    diskWrite: brokers.reduce((s, b) => s + b.disk.carried, 0),
    elections: r.controller.elections,
    rebalances: r.groups.reduce((s, g) => s + g.rebalances, 0),
  };
}

/** Each figure of the fluid run relative to the per-record run's: (fluid - record) / record. */
export function differences(record: Figures, fluid: Figures): Record<keyof Figures, number> {
  const out = {} as Record<keyof Figures, number>;
  for (const k of Object.keys(record) as (keyof Figures)[])
    out[k] = record[k] === 0 ? (fluid[k] === 0 ? 0 : Infinity) : (fluid[k] - record[k]) / record[k];
  return out;
}
