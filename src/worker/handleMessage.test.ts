import { describe, expect, it } from 'vitest';
import { Rng } from '../engine/sim/rng';
import { PROTOCOL_VERSION } from '../protocol/messages';
import { handleMessage } from './handleMessage';

describe('handleMessage', () => {
  it('answers a hello in its own protocol version with ready', () => {
    expect(handleMessage({ type: 'hello', protocolVersion: PROTOCOL_VERSION })).toEqual({
      type: 'ready',
      protocolVersion: PROTOCOL_VERSION,
    });
  });

  it('refuses a hello from a page that speaks another protocol version', () => {
    const reply = handleMessage({ type: 'hello', protocolVersion: PROTOCOL_VERSION + 1 });
    expect(reply.type).toBe('error');
  });

  it("draws the same numbers as the engine's Rng for the same seed", () => {
    const rng = new Rng(42);
    const expected = [rng.nextU32(), rng.nextU32(), rng.nextU32()];
    expect(handleMessage({ type: 'sampleRng', seed: 42, count: 3 })).toEqual({
      type: 'rngSample',
      seed: 42,
      values: expected,
    });
  });
});
