import { describe, expect, it } from 'vitest';
import { parseDocument, type PipelineDocument } from '../../engine';
import example from '../../../examples/article-pipeline.json';
import { broker, group, report, source } from '../reports.testing';
import { capacityReport } from './capacityReports.testing';
import { whyContext } from './whyContext';

function articleDesign(): PipelineDocument {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.doc;
}

describe('what the why reads from the report and the design', () => {
  it('finds brokers down or throttled, sources paused, blocked, bursty or off their rate, groups behind', () => {
    // 100 s in: CRM (10 records/s, Poisson) has sent 1,000 records as it should, IoT (1,000/s) 40,000 instead of
    // 100,000: its rate changed. Mobile app is the article's bursty source.
    const r = report({
      simulatedMs: 100_000,
      brokers: [broker(1), broker(2, { status: 'fenced' }), broker(3, { throttledMBps: 10 })],
      sources: [
        source('crm', { name: 'CRM', recordsProduced: 1_000 }),
        source('iot', { name: 'IoT sensors', recordsProduced: 40_000, blocked: true }),
        source('mobile', { name: 'Mobile app', recordsProduced: 5, paused: true }),
      ],
      groups: [group({ groupId: 'email', lagTrend: 'growing' }), group({ groupId: 'search' })],
    });
    expect(whyContext(r, capacityReport(), articleDesign())).toEqual({
      simulatedMs: 100_000,
      windowMs: 10_000,
      downBrokers: [2],
      throttledBrokers: [3],
      pausedSources: ['Mobile app'],
      blockedSources: ['IoT sensors'],
      burstySources: ['Mobile app'],
      behindGroups: ['email'],
      changedSources: ['IoT sensors'],
    });
  });
});
