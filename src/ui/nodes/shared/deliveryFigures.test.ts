import { describe, expect, it } from 'vitest';
import { group, source } from '../../reports.testing';
import { consumerDetails, consumerFigures, producerDetails, producerFigures } from './deliveryFigures';

describe('delivery figures', () => {
  it('counts acknowledged, lost and duplicated records, colouring losses red and duplicates amber', () => {
    const figures = producerFigures(source('web', { recordsAcked: 12_345, recordsLost: 3 }));
    expect(figures.map((f) => [f.label, f.value, f.tone])).toEqual([
      ['acked', '12,345', 'plain'],
      ['lost', '3', 'bad'],
      ['duplicated', '0', 'plain'],
    ]);
  });

  it('abbreviates a large count for the node and keeps it exact for the inspector and tooltip', () => {
    const [acked, lost] = producerFigures(source('web', { recordsAcked: 3_777_416, recordsLost: 0 }));
    expect([acked!.value, acked!.short]).toEqual(['3,777,416', '3.78M']);
    expect([lost!.value, lost!.short]).toEqual(['0', '0']);
  });

  it('adds retries, failures, records in flight and the time blocked on buffer.memory for the inspector', () => {
    const details = producerDetails(
      source('web', { recordsRetried: 40, recordsFailed: 2, recordsInFlight: 9, blockedMs: 16_295 }),
    );
    expect(details.slice(3).map((f) => [f.label, f.value, f.tone])).toEqual([
      ['retried', '40', 'odd'],
      ['failed', '2', 'bad'],
      ['in flight', '9', 'plain'],
      ['blocked', '16 s', 'odd'],
    ]);
  });

  it('counts a group’s duplicates and records out of order', () => {
    const figures = consumerFigures(group({ duplicates: 120, outOfOrder: 0 }));
    expect(figures.map((f) => [f.label, f.value, f.tone])).toEqual([
      ['duplicates', '120', 'odd'],
      ['out of order', '0', 'plain'],
    ]);
  });

  it('adds, in the inspector, the records processed twice and those never processed', () => {
    const figures = consumerDetails(group({ duplicates: 500, reprocessed: 250, recordsSkipped: 0 }));
    expect(figures.slice(2).map((f) => [f.label, f.value, f.tone])).toEqual([
      ['reprocessed', '250', 'odd'],
      ['skipped', '0', 'plain'],
    ]);
  });
});
