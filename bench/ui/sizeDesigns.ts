// The designs of issue 13's "page at size" goals, each played at 1x by `npm run bench:ui`:
// (a) the article pipeline, (b) 50 sources, 30 topics of 12 partitions and 40 sinks, (c) one topic of
// 1,000 partitions read by three groups, (d) 300 nodes, and (e) design (c) with the Cluster view open.
import { readFileSync } from 'node:fs';

export interface SizeDesign {
  /** "a article pipeline": a letter, then what it is. */
  name: string;
  doc: unknown;
  /** The view open while it plays. */
  view: 'pipeline' | 'cluster';
  nodes: number;
  partitions: number;
}

interface Grid {
  name: string;
  sources: number;
  topics: number;
  partitions: number;
  sinks: number;
  /** Records per second of each source. */
  rate: number;
  consumers: number;
  brokers?: number;
}

const pad = (n: number) => String(n).padStart(3, '0');
/** Nodes in columns of at most PER_COLUMN, COLUMN_WIDTH apart, so a big design fits a screen at fit view. */
const PER_COLUMN = 25;
const COLUMN_WIDTH = 300;
const columns = (count: number) => Math.ceil(count / PER_COLUMN);
const at = (x: number, index: number, gap: number) => ({
  x: x + Math.floor(index / PER_COLUMN) * COLUMN_WIDTH,
  y: (index % PER_COLUMN) * gap,
});

/** Sources write topic `s % topics`; sink `k` reads topic `k % topics`, as a group of its own. */
function grid(g: Grid): unknown {
  const nodes: unknown[] = [];
  const edges: { from: string; to: string }[] = [];
  const topicsX = (columns(g.sources) + 1) * COLUMN_WIDTH;
  const sinksX = topicsX + (columns(g.topics) + 1) * COLUMN_WIDTH;
  for (let t = 0; t < g.topics; t++)
    nodes.push({
      id: `topic-${pad(t)}`,
      kind: 'topic',
      name: `events-${pad(t)}`,
      position: at(topicsX, t, 220),
      config: { partitions: g.partitions },
    });
  for (let s = 0; s < g.sources; s++) {
    nodes.push({
      id: `source-${pad(s)}`,
      kind: 'source',
      name: `Service ${pad(s)}`,
      position: at(0, s, 140),
      config: {
        rate: g.rate,
        arrival: 'poisson',
        recordSize: { type: 'fixed', bytes: 200 },
        keys: { type: 'uniform', count: 10_000 },
      },
    });
    edges.push({ from: `source-${pad(s)}`, to: `topic-${pad(s % g.topics)}` });
  }
  for (let k = 0; k < g.sinks; k++) {
    nodes.push({
      id: `sink-${pad(k)}`,
      kind: 'sink',
      name: `Store ${pad(k)}`,
      position: at(sinksX, k, 110 + 14 * g.consumers),
      config: { consumers: g.consumers, autoOffsetReset: 'earliest' },
    });
    edges.push({ from: `topic-${pad(k % g.topics)}`, to: `sink-${pad(k)}` });
  }
  const brokers = Array.from({ length: g.brokers ?? 3 }, (_, i) => ({ id: i + 1 }));
  return {
    format: 'franz.pipeline',
    version: 1,
    name: g.name,
    cluster: { brokers, groupInitialRebalanceDelayMs: 100 },
    nodes,
    edges,
  };
}

function counted(name: string, doc: unknown, view: SizeDesign['view'] = 'pipeline'): SizeDesign {
  const nodes = (doc as { nodes: { kind: string; config?: { partitions?: number } }[] }).nodes;
  const partitions = nodes
    .filter((n) => n.kind === 'topic')
    .reduce((sum, n) => sum + (n.config?.partitions ?? 3), 0);
  return { name, doc, view, nodes: nodes.length, partitions };
}

export function sizeDesigns(): SizeDesign[] {
  const article = JSON.parse(readFileSync('examples/article-pipeline.json', 'utf8')) as unknown;
  const thousand = grid({
    name: 'One topic of 1,000 partitions, three groups',
    sources: 2,
    topics: 1,
    partitions: 1000,
    sinks: 3,
    rate: 5000,
    consumers: 8,
  });
  return [
    counted('a article pipeline', article),
    counted(
      'b 50 sources, 30 topics x 12, 40 sinks',
      grid({
        name: '50 sources, 30 topics of 12 partitions, 40 sinks',
        sources: 50,
        topics: 30,
        partitions: 12,
        sinks: 40,
        rate: 1000,
        consumers: 3,
      }),
    ),
    counted('c 1,000 partitions, 3 groups', thousand),
    counted(
      'd 300 nodes',
      grid({
        name: '300 nodes',
        sources: 100,
        topics: 100,
        partitions: 3,
        sinks: 100,
        rate: 100,
        consumers: 2,
      }),
    ),
    counted('e Cluster view, 1,000 partitions', thousand, 'cluster'),
  ];
}
