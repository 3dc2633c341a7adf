// For tests: a SimHost that has shaken hands, on a TestClock, with everything it posted kept in order.
import { createSimulation } from '../engine';
import { PROTOCOL_VERSION, type FromWorker } from '../protocol/messages';
import { TestClock } from '../protocol/testClock.testing';
import { SimHost } from './simHost';

/**
 * `keepsUp`: the page gives each snapshot buffer back once it has the next one, as a page that draws every
 * snapshot does; without it the page never gives any back, as a page stuck behind would.
 */
export function greetedHost(simulate = createSimulation, { keepsUp = true } = {}) {
  const clock = new TestClock();
  const posted: FromWorker[] = [];
  const transferred: Transferable[][] = [];
  let held: Float64Array | null = null;
  const host: SimHost = new SimHost({
    post: (m, transfer) => {
      posted.push(m);
      if (transfer) transferred.push(transfer);
      if (m.type !== 'snapshot' || !keepsUp) return;
      if (held) host.receive({ type: 'recycle', buffers: [held] });
      held = m.buffer;
    },
    clock,
    simulate,
  });
  host.receive({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
  const all = <T extends FromWorker['type']>(type: T) =>
    posted.filter((m): m is Extract<FromWorker, { type: T }> => m.type === type);
  const last = <T extends FromWorker['type']>(type: T) => all(type).at(-1);
  return { host, clock, posted, transferred, all, last };
}
