import { describe, expect, it } from 'vitest';
import { digest } from '../../reports.testing';
import { partitionBand } from './partitionBand';

describe('partition band', () => {
  it("shades each partition by its slowest group's lag relative to the topic's worst", () => {
    // Retained 1000, 800, 500, 0; the slowest group's lag 400, 200, 400, and nothing committed on p3.
    const d = digest({ retained: [1000, 800, 500, 0], lag: [400, 200, 400, 0], read: true });
    const band = partitionBand(4, d);
    expect(band.shade).toBe('lag');
    expect([...band.heat]).toEqual([1, 0.5, 1, 0]);
    expect(band.summary).toBe('4 partitions, 2,300 records retained; most behind: partition 0, lag 400');
  });

  it('shades by retained records when no partition has lag', () => {
    const band = partitionBand(2, digest({ retained: [1000, 250], read: true }));
    expect(band.shade).toBe('retained');
    expect([...band.heat]).toEqual([1, 0.25]);
    expect(band.summary).toBe('2 partitions, 1,250 records retained; no lag');
  });

  it('shades by retained records when no group reads the topic', () => {
    const band = partitionBand(2, digest({ retained: [1000, 250] }));
    expect(band.shade).toBe('retained');
    expect([...band.heat]).toEqual([1, 0.25]);
    expect(band.summary).toBe('2 partitions, 1,250 records retained; no group reads it');
  });

  it('shows a partition the simulation does not report yet as an empty cell', () => {
    const band = partitionBand(3, digest({ retained: [100, 50] }));
    expect([...band.heat]).toEqual([1, 0.5, 0]);
    expect(band.summary).toBe('3 partitions, 150 records retained; no group reads it');
  });

  it('lays a thousand partitions out in 20 rows of 50, empty before the first report', () => {
    const band = partitionBand(1000, undefined);
    expect([band.columns, band.rows]).toEqual([50, 20]);
    expect(band.heat).toHaveLength(1000);
    expect(band.heat.every((h) => h === 0)).toBe(true);
    expect(partitionBand(12, undefined)).toMatchObject({ columns: 12, rows: 1 });
  });
});
