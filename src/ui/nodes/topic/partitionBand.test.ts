import { describe, expect, it } from 'vitest';
import { group, partition, report, topic } from '../../reports.testing';
import { partitionBand } from './partitionBand';

const at = (p: number, logStartOffset: number, logEndOffset: number) =>
  partition(p, { logStartOffset, logEndOffset });

describe('partition band', () => {
  it("shades each partition by its slowest group's lag relative to the topic's worst", () => {
    const r = report({
      topics: [topic('orders', [at(0, 0, 1000), at(1, 0, 800), at(2, 0, 500), at(3, 0, 0)])],
      groups: [
        group({ node: 'billing', committed: { orders: [900, 800, 100, null] } }),
        group({ node: 'audit', committed: { orders: [600, 600, 500, null] } }),
      ],
    });
    const band = partitionBand('orders', 4, r);
    // Lags: p0 max(100, 400) = 400, p1 max(0, 200) = 200, p2 max(400, 0) = 400, p3 nothing committed.
    expect(band.shade).toBe('lag');
    expect([...band.heat]).toEqual([1, 0.5, 1, 0]);
    expect(band.summary).toBe('4 partitions, 2,300 records retained; most behind: partition 0, lag 400');
  });

  it('shades by retained records when no partition has lag', () => {
    const r = report({
      topics: [topic('orders', [at(0, 0, 1000), at(1, 500, 750)])],
      groups: [group({ node: 'billing', committed: { orders: [1000, 750] } })],
    });
    const band = partitionBand('orders', 2, r);
    expect(band.shade).toBe('retained');
    expect([...band.heat]).toEqual([1, 0.25]);
    expect(band.summary).toBe('2 partitions, 1,250 records retained; no lag');
  });

  it('shades by retained records when no group reads the topic', () => {
    const r = report({ topics: [topic('orders', [at(0, 0, 1000), at(1, 500, 750)])] });
    const band = partitionBand('orders', 2, r);
    expect(band.shade).toBe('retained');
    expect([...band.heat]).toEqual([1, 0.25]);
    expect(band.summary).toBe('2 partitions, 1,250 records retained; no group reads it');
  });

  it('lays a thousand partitions out in 20 rows of 50, empty before the first report', () => {
    const band = partitionBand('orders', 1000, null);
    expect([band.columns, band.rows]).toEqual([50, 20]);
    expect(band.heat).toHaveLength(1000);
    expect(band.heat.every((h) => h === 0)).toBe(true);
    expect(partitionBand('orders', 12, null)).toMatchObject({ columns: 12, rows: 1 });
  });
});
