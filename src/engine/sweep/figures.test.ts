import { describe, expect, it } from 'vitest';
import { differenceText, figureText } from './figures';

describe('figures as tables show them', () => {
  it('in their units', () => {
    expect(figureText('maxLag', 146_828.4)).toBe('146,828');
    expect(figureText('lagSeconds', 289.518)).toBe('289.5');
    expect(figureText('timeToDrainSeconds', null)).toBe('never');
    expect(figureText('p99LatencyMs', null)).toBe('-');
    expect(figureText('brokerUtilisation', 0.005829)).toBe('0.6%');
  });

  it('B - A with which way it went: lower is better, a change that reads as zero is 0', () => {
    expect(differenceText('maxLag', 14_153, 146_828)).toEqual({ text: '+132,675', verdict: 'worse' });
    expect(differenceText('p99LatencyMs', 900, 600.5)).toEqual({ text: '−299.5', verdict: 'better' });
    expect(differenceText('brokerUtilisation', 0.00583, 0.00536)).toEqual({ text: '0', verdict: null });
    expect(differenceText('timeToDrainSeconds', 0, null)).toEqual({
      text: 'B never drains',
      verdict: 'worse',
    });
    expect(differenceText('timeToDrainSeconds', null, 12)).toEqual({ text: 'B drains', verdict: 'better' });
    expect(differenceText('timeToDrainSeconds', null, null)).toEqual({ text: '-', verdict: null });
    expect(differenceText('p99LatencyMs', null, 5)).toEqual({ text: '-', verdict: null });
  });
});
