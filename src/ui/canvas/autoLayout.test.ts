import * as dagre from '@dagrejs/dagre';
import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import type { NodeKind } from '../../engine';
import { layoutDesign, NODE_GAP, type LayoutNode, type Positions } from './autoLayout';
import type { Size } from './flowElements';
import { KIND_SIZES } from './nodeSizes';

const article = {
  nodes: example.nodes.map((n) => ({ id: n.id, kind: n.kind as NodeKind })),
  edges: example.edges,
};

function boxes(nodes: readonly LayoutNode[], positions: Positions, sizes: ReadonlyMap<string, Size>) {
  return nodes.map((n) => ({ id: n.id, ...positions[n.id]!, ...(sizes.get(n.id) ?? KIND_SIZES[n.kind]) }));
}

/** Pairs of boxes that overlap, as "a/b". */
function overlaps(list: ReturnType<typeof boxes>): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        out.push(`${a.id}/${b.id}`);
    }
  return out;
}

describe('layoutDesign', () => {
  // Sizes as the canvas measures the article's nodes: topics taller with their lanes.
  const sizes = new Map<string, Size>(
    article.nodes.map((n) => [
      n.id,
      n.kind === 'topic' ? { width: 248, height: 214 } : { ...KIND_SIZES[n.kind], height: 132 },
    ]),
  );

  it('lays the article pipeline out in three columns with no two nodes overlapping', () => {
    const positions = layoutDesign(dagre, article.nodes, article.edges, sizes);
    expect(overlaps(boxes(article.nodes, positions, sizes))).toEqual([]);
    const xs = (kind: NodeKind) => [
      ...new Set(article.nodes.filter((n) => n.kind === kind).map((n) => positions[n.id]!.x)),
    ];
    // One column per kind, left edges aligned: each a card (232, 248 px) and a 128 px gap after the last, on the grid.
    expect(xs('source')).toEqual([0]);
    expect(xs('topic')).toEqual([368]);
    expect(xs('sink')).toEqual([736]);
    // Every position is on the canvas's 16 px grid.
    for (const p of Object.values(positions)) expect([p.x % 16, p.y % 16]).toEqual([0, 0]);
  });

  it('spaces a column by its nodes’ measured heights and a gap', () => {
    const positions = layoutDesign(dagre, article.nodes, article.edges, sizes);
    const sinks = article.nodes
      .filter((n) => n.kind === 'sink')
      .map((n) => positions[n.id]!.y)
      .sort((a, b) => a - b);
    for (let i = 1; i < sinks.length; i++)
      expect(sinks[i]! - sinks[i - 1]!).toBeGreaterThanOrEqual(132 + NODE_GAP - 16);
  });

  it('ranks a source, a topic, a processor, its output topic and a sink left to right', () => {
    const nodes: LayoutNode[] = [
      { id: 'sink', kind: 'sink' },
      { id: 'out', kind: 'topic' },
      { id: 'proc', kind: 'processor' },
      { id: 'in', kind: 'topic' },
      { id: 'src', kind: 'source' },
    ];
    const edges = [
      { from: 'src', to: 'in' },
      { from: 'in', to: 'proc' },
      { from: 'proc', to: 'out' },
      { from: 'out', to: 'sink' },
    ];
    const p = layoutDesign(dagre, nodes, edges, new Map());
    expect(['src', 'in', 'proc', 'out', 'sink'].map((id) => p[id]!.x)).toEqual([0, 368, 736, 1088, 1472]);
    // One row: each node centred on the same line (within half a grid step), so the edges run nearly straight.
    const middle = (id: string, kind: NodeKind) => p[id]!.y + KIND_SIZES[kind].height / 2;
    expect(Math.abs(middle('src', 'source') - middle('in', 'topic'))).toBeLessThanOrEqual(8);
    expect(Math.abs(middle('proc', 'processor') - middle('sink', 'sink'))).toBeLessThanOrEqual(8);
  });

  it('keeps every source in the first column and every sink in the last, however short its path', () => {
    const nodes: LayoutNode[] = [
      { id: 'web', kind: 'source' },
      { id: 'clicks', kind: 'topic' },
      { id: 'enricher', kind: 'processor' },
      { id: 'enriched', kind: 'topic' },
      { id: 'search', kind: 'sink' },
      { id: 'devices', kind: 'source' },
      { id: 'telemetry', kind: 'topic' },
      { id: 'database', kind: 'sink' },
    ];
    const edges = [
      { from: 'web', to: 'clicks' },
      { from: 'clicks', to: 'enricher' },
      { from: 'enricher', to: 'enriched' },
      { from: 'enriched', to: 'search' },
      { from: 'devices', to: 'telemetry' },
      { from: 'telemetry', to: 'database' },
      { from: 'clicks', to: 'database' },
    ];
    const p = layoutDesign(dagre, nodes, edges, new Map());
    expect([p.web!.x, p.devices!.x]).toEqual([0, 0]);
    expect([p.search!.x, p.database!.x]).toEqual([1472, 1472]);
    // The topics rank by their edges: clicks feeds the processor, telemetry only the last column.
    expect([p.clicks!.x, p.enricher!.x]).toEqual([368, 736]);
    expect(p.telemetry!.x).toBeGreaterThan(p.devices!.x);
    expect(overlaps(boxes(nodes, p, new Map()))).toEqual([]);
  });

  it('gives the same positions for the same design', () => {
    const a = layoutDesign(dagre, article.nodes, article.edges, sizes);
    const b = layoutDesign(dagre, article.nodes, article.edges, sizes);
    expect(b).toEqual(a);
  });

  it('keeps nodes without edges in their kind’s column, below the connected ones', () => {
    const nodes: LayoutNode[] = [
      { id: 'src', kind: 'source' },
      { id: 'topic', kind: 'topic' },
      { id: 'lonely-sink', kind: 'sink' },
      { id: 'lonely-source', kind: 'source' },
      { id: 'lonely-topic', kind: 'topic' },
    ];
    const p = layoutDesign(dagre, nodes, [{ from: 'src', to: 'topic' }], new Map());
    expect(p['lonely-source']).toEqual({ x: 0, y: 208 });
    expect(p['lonely-topic']).toEqual({ x: 368, y: 208 });
    // No sink is connected: the sinks' column comes after the topics'.
    expect(p['lonely-sink']).toEqual({ x: 736, y: 208 });
    expect(overlaps(boxes(nodes, p, new Map()))).toEqual([]);
  });

  it('lays out a design with no edges at all as a column per kind', () => {
    const nodes: LayoutNode[] = [
      { id: 'a', kind: 'sink' },
      { id: 'b', kind: 'source' },
      { id: 'c', kind: 'source' },
    ];
    expect(layoutDesign(dagre, nodes, [], new Map())).toEqual({
      b: { x: 0, y: 0 },
      c: { x: 0, y: 160 },
      a: { x: 368, y: 0 },
    });
  });
});
