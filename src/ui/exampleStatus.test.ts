import { describe, expect, it } from 'vitest';
import { describeStatus } from './exampleStatus';

describe('describeStatus', () => {
  it('says the engine is ready and lists what the seed drew', () => {
    expect(describeStatus({ kind: 'sampled', seed: 42, values: [1, 2, 3] })).toBe(
      'Engine ready. Seed 42 drew 1, 2, 3.',
    );
  });

  it('passes the reason on when the engine fails', () => {
    expect(describeStatus({ kind: 'failed', message: 'no worker' })).toBe('The engine failed: no worker');
  });
});
