import { useSyncExternalStore } from 'react';
import { useFranz } from './store';

/**
 * A value read from the newest snapshot. `select` must return a primitive (or the same object) for the
 * same input, e.g. whole seconds: the component then re-renders only when that value changes, not on
 * every snapshot.
 */
export function useSnapshot<T>(select: (snapshot: Float64Array | null) => T): T {
  const feed = useFranz((s) => s.snapshots);
  const read = () => select(feed.get());
  // The same read on the server (tests render to static markup): no snapshot has arrived there.
  return useSyncExternalStore(feed.subscribe, read, read);
}
