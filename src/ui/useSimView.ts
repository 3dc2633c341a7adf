import { useSyncExternalStore } from 'react';
import type { SimBridge, SimView } from '../worker/bridge';

/** The latest view of the simulation; the component re-renders when a report arrives. */
export function useSimView(bridge: SimBridge): SimView {
  return useSyncExternalStore(bridge.subscribe, bridge.getSnapshot);
}
