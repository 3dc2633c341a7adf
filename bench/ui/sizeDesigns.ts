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
  /** How tall a column may be, in flow pixels: COLUMN_HEIGHT unless the design cannot fit a screen anyway. */
  columnHeight?: number;
}

const pad = (n: number) => String(n).padStart(3, '0');
/**
 * Each kind of node in columns no taller than COLUMN_HEIGHT, so a design of about 120 nodes fits a 1280x800
 * screen at the canvas's minimum zoom (0.2): its pane there shows about 3,900 x 2,000 flow pixels inside the
 * fit view's padding. Columns are COLUMN_WIDTH apart (the widest card is 264 px), kinds GROUP_GAP apart, and
 * nodes of a column far enough apart that no card overlaps the next at any zoom.
 */
const COLUMN_HEIGHT = 1950;
const COLUMN_WIDTH = 290;
const GROUP_GAP = 200;
/** Card widths (nodes.css). */
const CARD_WIDTH = { source: 232, topic: 248, sink: 264 };
/**
 * Card heights, what the rows must leave room for: zoomed in a source is 121 px high, a topic about 61 px
 * and 12 px per lane (twelve at most: 205 px), a sink about 99 px and 18 px per member (240 px with eight).
 * Zoomed out to 0.2 a card is its name, grown three times over two lines, about 116 px, and a topic's band
 * under it (159 px).
 */
const SOURCE_GAP = 150;
const topicGap = (partitions: number) => Math.max(185, 95 + 12 * Math.min(partitions, 12));
const sinkGap = (consumers: number) => Math.max(150, 130 + 18 * consumers);

/** `count` nodes `gap` apart in columns: the positions, and the x where the next kind starts. */
function columns(x: number, count: number, gap: number, width: number, height: number) {
  const rows = Math.max(1, Math.floor(height / gap));
  const used = Math.ceil(count / rows);
  const at = (index: number) => ({
    x: x + Math.floor(index / rows) * COLUMN_WIDTH,
    y: (index % rows) * gap,
  });
  return { at, next: x + (used - 1) * COLUMN_WIDTH + width + GROUP_GAP };
}

/** Sources write topic `s % topics`; sink `k` reads topic `k % topics`, as a group of its own. */
function grid(g: Grid): unknown {
  const nodes: unknown[] = [];
  const edges: { from: string; to: string }[] = [];
  const height = g.columnHeight ?? COLUMN_HEIGHT;
  const sources = columns(0, g.sources, SOURCE_GAP, CARD_WIDTH.source, height);
  const topics = columns(sources.next, g.topics, topicGap(g.partitions), CARD_WIDTH.topic, height);
  const sinks = columns(topics.next, g.sinks, sinkGap(g.consumers), CARD_WIDTH.sink, height);
  for (let t = 0; t < g.topics; t++)
    nodes.push({
      id: `topic-${pad(t)}`,
      kind: 'topic',
      name: `events-${pad(t)}`,
      position: topics.at(t),
      config: { partitions: g.partitions },
    });
  for (let s = 0; s < g.sources; s++) {
    nodes.push({
      id: `source-${pad(s)}`,
      kind: 'source',
      name: `Service ${pad(s)}`,
      position: sources.at(s),
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
      position: sinks.at(k),
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
        // 300 cards do not fit a screen at zoom 0.2: columns half again as tall keep the design about as
        // wide as high, as the canvas is, so fit view shows most of it.
        columnHeight: 3000,
      }),
    ),
    counted('e Cluster view, 1,000 partitions', thousand, 'cluster'),
  ];
}
