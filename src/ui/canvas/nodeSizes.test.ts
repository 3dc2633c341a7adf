import { describe, expect, it } from 'vitest';
import { atLeastKindSizes, nodeSize } from './nodeSizes';

describe('node sizes', () => {
  it('takes the measured size, else the kind’s', () => {
    expect(nodeSize('topic', { width: 248, height: 97 })).toEqual({ width: 248, height: 97 });
    expect(nodeSize('sink', undefined)).toEqual({ width: 264, height: 200 });
  });

  it('lays a design that just arrived out at least at its kinds’ heights, as figures arrive later', () => {
    const nodes = [
      { id: 'web', kind: 'source' as const },
      { id: 'clicks', kind: 'topic' as const },
      { id: 'db', kind: 'sink' as const },
    ];
    const measured = new Map([
      ['web', { width: 232, height: 61 }],
      ['clicks', { width: 248, height: 250 }],
    ]);
    expect([...atLeastKindSizes(nodes, measured)]).toEqual([
      ['web', { width: 232, height: 140 }],
      ['clicks', { width: 248, height: 250 }],
      ['db', { width: 264, height: 200 }],
    ]);
  });
});
