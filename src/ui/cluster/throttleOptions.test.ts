import { describe, expect, it } from 'vitest';
import { throttleOptions } from './throttleOptions';

describe('throttle options', () => {
  it('offers off, 50, 10 and 1 MB/s', () => {
    expect(throttleOptions(null).map((o) => o.label)).toEqual(['off', '50 MB/s', '10 MB/s', '1 MB/s']);
    expect(throttleOptions(null)[0]!.mbps).toBeNull();
  });

  it('adds a cap set by the fault schedule, in order', () => {
    expect(throttleOptions(20).map((o) => o.value)).toEqual(['off', '50', '20', '10', '1']);
    expect(throttleOptions(10)).toHaveLength(4);
  });
});
