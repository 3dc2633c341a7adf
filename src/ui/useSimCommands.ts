import { useMemo } from 'react';
import type { SimBridge } from '../worker/bridge';
import { EXAMPLE_DOCUMENT, EXAMPLE_SEED, EXAMPLE_SPEED, STEP_MS } from './exampleRun';

export interface SimCommands {
  runExample(): void;
  play(): void;
  pause(): void;
  step(): void;
  setSpeed(factor: number): void;
  restart(): void;
}

/** The user's commands on the simulation, stable across renders so memoised controls stay put. */
export function useSimCommands(bridge: SimBridge): SimCommands {
  return useMemo(
    () => ({
      runExample: () => bridge.run(EXAMPLE_DOCUMENT, EXAMPLE_SEED, { speed: EXAMPLE_SPEED, play: true }),
      play: () => bridge.play(),
      pause: () => bridge.pause(),
      step: () => bridge.step(STEP_MS),
      setSpeed: (factor: number) => bridge.setSpeed(factor),
      restart: () => bridge.restart(),
    }),
    [bridge],
  );
}
