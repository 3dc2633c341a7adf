import { describe, expect, it } from 'vitest';
import { processorSummary } from './processorSummary';

describe('processor summary', () => {
  it('says consumers and their rate, and only the filter and fan-out that change the stream', () => {
    expect(processorSummary({ consumers: 2, processingRate: 500, filterRatio: 1, fanOut: 1 })).toBe(
      '2 consumers × 500 rec/s',
    );
    expect(processorSummary({ consumers: 1, processingRate: 1500, filterRatio: 0.5, fanOut: 3 })).toBe(
      '1 consumer × 1,500 rec/s · keeps 50% · fan-out ×3',
    );
    expect(processorSummary({ consumers: 3, processingRate: null, filterRatio: 1, fanOut: 0 })).toBe(
      '3 consumers, unthrottled · fan-out ×0',
    );
  });
});
