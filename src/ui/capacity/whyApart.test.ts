import { describe, expect, it } from 'vitest';
import type { CapacityFormula } from '../../engine';
import { apart, whyApart, type WhyContext } from './whyApart';

const steady: WhyContext = {
  simulatedMs: 120_000,
  windowMs: 10_000,
  downBrokers: [],
  throttledBrokers: [],
  pausedSources: [],
  blockedSources: [],
  burstySources: [],
  behindGroups: [],
  changedSources: [],
};

const formula = (figure: string, expected: number, simulated: number | null): CapacityFormula => ({
  figure,
  formula: '',
  expected,
  simulated,
});

describe('why a formula and the simulation part', () => {
  it('says nothing within 2%', () => {
    expect(apart(formula('cluster network in', 100, 98.5))).toBeCloseTo(0.015, 6);
    expect(whyApart(formula('cluster network in', 100, 98.5), steady)).toBeNull();
    expect(whyApart(formula('cluster network in', 100, null), steady)).toBeNull();
    expect(whyApart(formula('cluster network in', 0, 0), steady)).toBeNull();
  });

  it('names what the report shows, in order: steady state, failure, throttle, paused, blocked, bursts, lag', () => {
    const all: WhyContext = {
      simulatedMs: 12_500,
      windowMs: 10_000,
      downBrokers: [2],
      throttledBrokers: [1, 3],
      pausedSources: ['CRM'],
      blockedSources: ['Web app'],
      burstySources: ['Mobile app'],
      behindGroups: ['email', 'search'],
      changedSources: [],
    };
    expect(whyApart(formula('cluster network out', 100, 80), all)).toBe(
      'not yet in steady state: 12 s simulated, the figures average the last 10 s; ' +
        'failure: broker 2 down, so fewer followers copy and its leaders moved; ' +
        'brokers 1, 3 throttled below the load; paused: CRM sends nothing; ' +
        'Web app blocked on buffer.memory: it sends less than the rate; ' +
        'bursts: Mobile app sends on, then off, so the last span is not the mean; ' +
        'groups email, search read less than arrives (lag grows)',
    );
    // Bursts average out in what is stored; lag only changes what is read.
    expect(
      whyApart(formula('cluster stored bytes', 100, 80), { ...steady, burstySources: ['Mobile app'] }),
    ).toBe('not explained by what the report shows: compare the per-broker figures above');
    expect(whyApart(formula('cluster stored bytes', 100, 30), { ...steady, changedSources: ['CRM'] })).toBe(
      'history: CRM ran at another rate earlier, and what is stored follows the rates it had',
    );
    expect(whyApart(formula('cluster network in', 100, 80), { ...steady, behindGroups: ['email'] })).toBe(
      'not explained by what the report shows: compare the per-broker figures above',
    );
  });
});
