import { describe, expect, it } from 'vitest';
import { report } from '../reports.testing';
import { rebalanceCountdown } from './controllerFigures';

const controller = { elections: 3, uncleanElections: 0, preferredElections: 1, offlineTransitions: 0 };

describe('controller figures', () => {
  it('counts down to the scheduled leadership rebalance in whole seconds', () => {
    const r = report({ simulatedMs: 60_500, controller: { ...controller, nextLeaderRebalanceMs: 102_000 } });
    expect(rebalanceCountdown(r)).toBe('leadership rebalance in 42 s');
  });

  it('says nothing when no rebalance is scheduled', () => {
    expect(
      rebalanceCountdown(report({ controller: { ...controller, nextLeaderRebalanceMs: null } })),
    ).toBeNull();
  });
});
