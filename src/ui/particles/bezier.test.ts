import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { bezierAt, bezierSlope, controlOffset, tAtShare, writeArcTable, writeBezier } from './bezier';

describe("React Flow's default edge curve", () => {
  it('puts the control points where getBezierPath does', () => {
    const g = new Float64Array(8);
    writeBezier(g, 0, 100, 50, 'right', 400, 250, 'left');
    const [path] = getBezierPath({
      sourceX: 100,
      sourceY: 50,
      sourcePosition: Position.Right,
      targetX: 400,
      targetY: 250,
      targetPosition: Position.Left,
    });
    expect(path).toBe(`M100,50 C${g[2]},${g[3]} ${g[4]},${g[5]} 400,250`);
    expect(Array.from(g)).toEqual([100, 50, 250, 50, 250, 250, 400, 250]);
  });

  it('bends back out of a handle when the target lies behind the source', () => {
    // distance -100: 0.25 × 25 × √100 = 62.5 pixels out of each handle.
    expect(controlOffset(-100, 0.25)).toBe(62.5);
    const g = new Float64Array(8);
    writeBezier(g, 0, 200, 0, 'right', 100, 0, 'left');
    expect(g[2]).toBe(262.5);
    expect(g[4]).toBe(37.5);
  });

  it('evaluates points and slopes along the curve', () => {
    const g = new Float64Array(8);
    writeBezier(g, 0, 0, 0, 'right', 300, 100, 'left');
    expect(bezierAt(g, 0, 0, 0)).toBe(0);
    expect(bezierAt(g, 0, 1, 1)).toBe(100);
    // Symmetric controls: the middle of the curve is the middle of the handles.
    expect(bezierAt(g, 0, 0, 0.5)).toBe(150);
    expect(bezierAt(g, 0, 1, 0.5)).toBe(50);
    // Horizontal where it leaves and arrives.
    expect(bezierSlope(g, 0, 1, 0)).toBe(0);
    expect(bezierSlope(g, 0, 1, 1)).toBe(0);
    expect(bezierSlope(g, 0, 0, 0)).toBe(450);
  });

  it('measures length and finds the parameter at a share of it', () => {
    const g = new Float64Array(8);
    writeBezier(g, 0, 0, 0, 'right', 300, 0, 'left');
    const table = new Float32Array(17);
    expect(writeArcTable(g, 0, table, 0, 16)).toBeCloseTo(300, 6);
    expect(table[16]).toBe(1);
    // On a straight edge with controls at 150, half the length is at t = 0.5 but a quarter is not at 0.25.
    expect(tAtShare(table, 0, 16, 0.5)).toBeCloseTo(0.5, 6);
    const t = tAtShare(table, 0, 16, 0.25);
    expect(bezierAt(g, 0, 0, t)).toBeCloseTo(75, 0);
    expect(tAtShare(table, 0, 16, -1)).toBe(0);
    expect(tAtShare(table, 0, 16, 2)).toBe(1);
  });
});
