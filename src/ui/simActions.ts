// What the UI may ask of the running simulation. The worker bridge implements it; components get it
// from context, so they never hold the bridge or a worker themselves.
import { createContext, useContext } from 'react';
import type { FaultAction, RecordQuery, SimulationMode } from '../engine';
import type { ConsumerAction } from '../protocol/messages';

export interface SimActions {
  play(): void;
  pause(): void;
  /** Advances simulated time by `ms` (default one second). */
  step(ms?: number): void;
  /** Starts the current design again from time zero with the current seed. */
  reset(): void;
  setSpeed(factor: number): void;
  /** A new run in this mode: 'record' (every record) or 'fluid' (flows as rates). */
  setMode(mode: SimulationMode): void;
  /** A new seed restarts the run. */
  setSeed(seed: number): void;
  /**
   * Starts, closes or kills one consumer of a sink or processor node, live: the one with this client id, or
   * (without it) the newest.
   */
  consumer(nodeId: string, action: ConsumerAction, clientId?: string): void;
  /** Injects a fault into this run now (kill a broker, pause a source...); not saved in the design. */
  injectFault(fault: FaultAction): void;
  /** Restarts a dead worker from the current design. */
  restart(): void;
  /** Asks for one partition's records; the answer arrives in the store (`sim.records`). */
  requestRecords(query: RecordQuery): void;
}

export const SimActionsContext = createContext<SimActions | null>(null);

export function useSimActions(): SimActions {
  const actions = useContext(SimActionsContext);
  if (!actions) throw new Error('useSimActions outside SimActionsContext');
  return actions;
}
