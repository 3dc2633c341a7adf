// For tests: SimActions that write down what they were asked.
import type { SimActions } from '../simActions';

export function recordingSimActions() {
  const calls: string[] = [];
  const sim: SimActions = {
    play: () => calls.push('play'),
    pause: () => calls.push('pause'),
    step: () => calls.push('step'),
    reset: () => calls.push('reset'),
    setSpeed: (f) => calls.push(`speed ${f}`),
    setMode: (m) => calls.push(`mode ${m}`),
    setSeed: (s) => calls.push(`seed ${s}`),
    consumer: (node, action) => calls.push(`consumer ${node} ${action}`),
    injectFault: (fault) => calls.push(`fault ${JSON.stringify(fault)}`),
    restart: () => calls.push('restart'),
    requestRecords: (q) =>
      calls.push(`records ${q.topic}-${q.partition} from ${q.fromOffset} limit ${q.limit}`),
  };
  return { sim, calls };
}
