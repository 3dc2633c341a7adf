// The one door to a simulation's runtime objects, for the engine's own tests and the soak's invariants, which
// look inside a running cluster (logs, replicas, group members) where the report does not reach. Production code
// outside sim/ never uses it: src/engine/index.ts does not export it, and the Simulation keeps its state private.
import type { Simulation } from './simulation';
import type { SimulationState } from './simulationState';

const states = new WeakMap<Simulation, SimulationState>();

/** Called once by the Simulation's constructor. */
export function keepState(sim: Simulation, state: SimulationState): void {
  states.set(sim, state);
}

/** The runtime objects of `sim`: topics, groups, sources, processors, the cluster, the metrics. */
export function stateOf(sim: Simulation): SimulationState {
  const state = states.get(sim);
  if (!state) throw new Error('not a simulation of this engine');
  return state;
}
