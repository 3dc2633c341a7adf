import { describe, expect, it } from 'vitest';
import { labelScale, nodeDetail, partitionDetail } from './detailLevel';

describe('level of detail by zoom', () => {
  it('shows full nodes from zoom 0.45 (the article pipeline fits at about 0.6) and names only below', () => {
    expect(nodeDetail(0.62)).toBe('full');
    expect(nodeDetail(0.45)).toBe('full');
    expect(nodeDetail(0.44)).toBe('compact');
    expect(nodeDetail(0.2)).toBe('compact');
  });

  it('draws up to 32 partitions as lanes wherever nodes are full, more as a band until life-size', () => {
    expect(partitionDetail(6, 0.62)).toBe('lanes');
    expect(partitionDetail(32, 0.45)).toBe('lanes');
    expect(partitionDetail(6, 0.3)).toBe('band');
    expect(partitionDetail(33, 0.62)).toBe('band');
    expect(partitionDetail(1000, 0.99)).toBe('band');
    expect(partitionDetail(1000, 1)).toBe('lanes');
    expect(partitionDetail(1000, 1.5)).toBe('lanes');
  });

  it('grows a compact name to about 9 screen pixels, at most 3 times its size', () => {
    expect(labelScale(0.62)).toBe(1);
    // 9 / (15 x 0.4) = 1.5
    expect(labelScale(0.4)).toBe(1.5);
    expect(labelScale(0.25)).toBe(2.4);
    expect(labelScale(0.2)).toBe(3);
    expect(labelScale(0.1)).toBe(3);
  });
});
