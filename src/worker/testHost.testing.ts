// For tests: a SimHost that has shaken hands, on a TestClock, with everything it posted kept in order.
import { createSimulation } from '../engine';
import { PROTOCOL_VERSION, type FromWorker } from '../protocol/messages';
import { TestClock } from '../protocol/testClock.testing';
import { SimHost } from './simHost';

export function greetedHost(simulate = createSimulation) {
  const clock = new TestClock();
  const posted: FromWorker[] = [];
  const transferred: Transferable[][] = [];
  const host = new SimHost({
    post: (m, transfer) => {
      posted.push(m);
      if (transfer) transferred.push(transfer);
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
