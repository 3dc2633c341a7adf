import { describe, expect, it } from 'vitest';
import { group, member } from '../../reports.testing';
import { slowRate } from './slowRate';

describe('slowing a consumer', () => {
  it('cuts the configured processing rate to a tenth', () => {
    expect(slowRate(500, undefined)).toBe(50);
  });

  it('takes an unthrottled consumer’s share of what the group consumes', () => {
    const g = group({ recordsPerSec: 1200, members: [member('a', {}), member('b', {})] });
    expect(slowRate(null, g)).toBe(60);
  });

  it('never goes below one record per second', () => {
    expect(slowRate(null, group({ recordsPerSec: 0 }))).toBe(1);
    expect(slowRate(4, undefined)).toBe(1);
  });
});
