import type { Edge, InternalNode } from '@xyflow/react';
import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { writeEdgeGeometry } from './edgeGeometry';

function node(id: string, x: number, y: number, w: number, h: number, handles = false): InternalNode {
  return {
    id,
    position: { x, y },
    data: {},
    measured: { width: w, height: h },
    internals: {
      positionAbsolute: { x, y },
      z: 0,
      userNode: { id, position: { x, y }, data: {} },
      handleBounds: handles
        ? {
            source: [
              {
                id: null,
                nodeId: id,
                type: 'source',
                position: Position.Right,
                x: w - 4,
                y: 20,
                width: 8,
                height: 8,
              },
            ],
            target: [
              {
                id: null,
                nodeId: id,
                type: 'target',
                position: Position.Left,
                x: -4,
                y: 20,
                width: 8,
                height: 8,
              },
            ],
          }
        : undefined,
    },
  } as InternalNode;
}

const edge: Edge = { id: 'a->b', source: 'a', target: 'b' };

describe('edge geometry from React Flow nodes', () => {
  it('runs from the right of the source to the left of the target without measured handles', () => {
    const lookup = new Map([
      ['a', node('a', 0, 0, 200, 80)],
      ['b', node('b', 400, 100, 160, 60)],
    ]);
    const g = new Float64Array(8);
    expect(writeEdgeGeometry(edge, lookup, g, 0)).toBe(true);
    expect(Array.from(g)).toEqual([200, 40, 300, 40, 300, 130, 400, 130]);
  });

  it('attaches to measured handles, at the middle of their outer side', () => {
    const lookup = new Map([
      ['a', node('a', 0, 0, 200, 80, true)],
      ['b', node('b', 400, 100, 160, 60, true)],
    ]);
    const g = new Float64Array(8);
    writeEdgeGeometry(edge, lookup, g, 0);
    expect([g[0], g[1], g[6], g[7]]).toEqual([204, 24, 396, 124]);
  });

  it('has no geometry while a node is missing, hidden or unmeasured', () => {
    const g = new Float64Array(8);
    expect(writeEdgeGeometry(edge, new Map([['a', node('a', 0, 0, 200, 80)]]), g, 0)).toBe(false);
    const unmeasured = new Map([
      ['a', node('a', 0, 0, 200, 80)],
      ['b', node('b', 400, 0, 0, 0)],
    ]);
    expect(writeEdgeGeometry(edge, unmeasured, g, 0)).toBe(false);
    const both = new Map([
      ['a', node('a', 0, 0, 200, 80)],
      ['b', node('b', 400, 0, 100, 40)],
    ]);
    expect(writeEdgeGeometry({ ...edge, hidden: true }, both, g, 0)).toBe(false);
  });
});
