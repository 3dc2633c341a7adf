import { describe, expect, it } from 'vitest';
import { parseSoakArgs } from './soakArgs';

describe('npm run soak arguments', () => {
  it('default to 10,000 schedules of each family from seed 1 on 2 workers', () => {
    expect(parseSoakArgs([])).toEqual({
      single: 10_000,
      multi: 10_000,
      seed: 1,
      durationMs: null,
      workers: 2,
      replay: null,
      summary: null,
    });
  });

  it('read counts, seed, a wall-clock limit and a replay', () => {
    expect(
      parseSoakArgs(['--single', '200', '--multi', '0', '--seed', '42', '--duration', '30m']),
    ).toMatchObject({
      single: 200,
      multi: 0,
      seed: 42,
      durationMs: 1_800_000,
    });
    expect(parseSoakArgs(['--replay', 'multi:317'])).toMatchObject({
      replay: { family: 'multi', seed: 317 },
    });
  });

  it('say what is wrong', () => {
    expect(parseSoakArgs(['--single', 'many'])).toBe('--single: expected a whole number of runs, got "many"');
    expect(parseSoakArgs(['--replay', 'double:3'])).toBe(
      '--replay: expected single:<seed> or multi:<seed>, got "double:3"',
    );
    expect(parseSoakArgs(['--workers', '0'])).toBe(
      '--workers: expected a whole number from 1 to 64, got "0"',
    );
    expect(parseSoakArgs(['--fast'])).toBe('unknown option --fast');
  });
});
