// A source's load profile in the document: the default keeps `rate`, impossible profiles are refused with a
// message that says what is wrong.
import { describe, expect, it } from 'vitest';
import { peakRateOf } from './peakRate';
import { parseDocument } from './validate';
import { configOf, errorsOf, exampleCopy, indexOf } from './validate.testing';

function refusals(profile: unknown): string[] {
  const doc = exampleCopy();
  configOf(doc, 'web').profile = profile;
  const result = parseDocument(doc);
  return result.ok ? [] : errorsOf(result);
}

describe('profile', () => {
  it('defaults to constant, so a design without one means what it meant', () => {
    const parsed = parseDocument(exampleCopy());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const web = parsed.doc.nodes.find((n) => n.id === 'web')!;
    expect(web.kind === 'source' && web.config.profile).toEqual({ type: 'constant' });
  });

  it('accepts each type, filling startHour and repeat', () => {
    expect(refusals({ type: 'step', stepAtMs: 10_000, stepRate: 500 })).toEqual([]);
    expect(refusals({ type: 'spike', spikeAtMs: 0, spikeDurationMs: 1, spikeRate: 0 })).toEqual([]);
    expect(refusals({ type: 'daily', peakHour: 23.99, peakRate: 10, troughHour: 0, troughRate: 0 })).toEqual(
      [],
    );
    expect(refusals({ type: 'trace', points: [[0, 1]] })).toEqual([]);
  });

  it('refuses what cannot be', () => {
    const at = `nodes[${indexOf(exampleCopy(), 'web')}].config.profile`;
    expect(refusals({ type: 'step', stepAtMs: 10_000, stepRate: -5 })).toEqual([
      `${at}.stepRate: must be >= 0`,
    ]);
    expect(refusals({ type: 'spike', spikeAtMs: 0, spikeDurationMs: 0, spikeRate: 9 })).toEqual([
      `${at}.spikeDurationMs: must be >= 1`,
    ]);
    expect(refusals({ type: 'daily', peakHour: 24, peakRate: 10, troughHour: 3, troughRate: 1 })).toEqual([
      `${at}.peakHour: must be < 24`,
    ]);
    expect(refusals({ type: 'daily', peakHour: 3, peakRate: 10, troughHour: 3, troughRate: 1 })).toEqual([
      `${at}.troughHour: must differ from peakHour`,
    ]);
    expect(refusals({ type: 'daily', peakHour: 3, peakRate: 1, troughHour: 4, troughRate: 10 })).toEqual([
      `${at}.peakRate: must be >= troughRate`,
    ]);
    expect(
      refusals({
        type: 'trace',
        points: [
          [0, 1],
          [5, 2],
          [5, 3],
        ],
      }),
    ).toEqual([`${at}.points[2]: times must increase: 5 after 5`]);
    expect(refusals({ type: 'trace', points: [[2, 1]] })).toEqual([
      `${at}.points[0]: must start at time 0, got 2`,
    ]);
    expect(refusals({ type: 'trace', points: [[0, 1]], repeat: true })).toEqual([
      `${at}.repeat: a repeating trace needs at least two points (the last one closes the loop)`,
    ]);
    expect(refusals({ type: 'ramp' })).toHaveLength(1);
  });

  it('the peak rate a profile asks for', () => {
    expect(peakRateOf(100, { type: 'constant' })).toBe(100);
    expect(peakRateOf(100, { type: 'step', stepAtMs: 1, stepRate: 40 })).toBe(100);
    expect(peakRateOf(100, { type: 'spike', spikeAtMs: 1, spikeDurationMs: 1, spikeRate: 900 })).toBe(900);
    expect(
      peakRateOf(100, {
        type: 'trace',
        points: [
          [0, 7],
          [1, 30],
        ],
        repeat: false,
      }),
    ).toBe(30);
  });
});
