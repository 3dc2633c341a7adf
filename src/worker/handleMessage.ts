import { Rng } from '../engine/sim/rng';
import { PROTOCOL_VERSION, type FromWorker, type ToWorker } from '../protocol/messages';

/** The worker's logic as a plain function, so unit tests can drive it without a Worker. */
export function handleMessage(message: ToWorker): FromWorker {
  switch (message.type) {
    case 'hello':
      if (message.protocolVersion !== PROTOCOL_VERSION) {
        return {
          type: 'error',
          message: `The page speaks protocol ${message.protocolVersion}, this worker speaks ${PROTOCOL_VERSION}.`,
        };
      }
      return { type: 'ready', protocolVersion: PROTOCOL_VERSION };
    case 'sampleRng': {
      const rng = new Rng(message.seed);
      const values = Array.from({ length: message.count }, () => rng.nextU32());
      return { type: 'rngSample', seed: message.seed, values };
    }
  }
}
