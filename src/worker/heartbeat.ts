// The worker says it is alive about once a second of wall time, playing or paused, so the page can tell a
// worker that died without an error event (closed, hung in a loop) from one that is merely quiet.
import { HEARTBEAT_MS } from '../protocol/cadence';
import type { Clock } from '../protocol/clock';
import type { FromWorker } from '../protocol/messages';

/** Posts `{ type: 'alive' }` every HEARTBEAT_MS until the returned function is called. */
export function startHeartbeat(clock: Clock, post: (message: FromWorker) => void): () => void {
  let handle: unknown = null;
  const beat = () => {
    post({ type: 'alive' });
    handle = clock.setTimeout(beat, HEARTBEAT_MS);
  };
  handle = clock.setTimeout(beat, HEARTBEAT_MS);
  return () => clock.clearTimeout(handle);
}
