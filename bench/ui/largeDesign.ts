// The benchmark's design: 20 sources, 10 topics of 12 partitions, 10 sinks, one million records/s in all.
// Two sources write each topic; one sink of four consumers reads each topic, keeping up.

export const SOURCES = 20;
export const TOPICS = 10;
export const PARTITIONS = 12;
export const SINKS = 10;
export const TOTAL_RECORDS_PER_SEC = 1_000_000;

const pad = (n: number) => String(n).padStart(2, '0');

export function largeDesign(): unknown {
  const nodes: unknown[] = [];
  const edges: { from: string; to: string }[] = [];
  for (let t = 0; t < TOPICS; t++)
    nodes.push({
      id: `topic-${pad(t)}`,
      kind: 'topic',
      name: `events-${pad(t)}`,
      position: { x: 400, y: t * 160 },
      config: { partitions: PARTITIONS },
    });
  for (let s = 0; s < SOURCES; s++) {
    const topic = `topic-${pad(s % TOPICS)}`;
    nodes.push({
      id: `source-${pad(s)}`,
      kind: 'source',
      name: `Service ${pad(s)}`,
      position: { x: 0, y: s * 80 },
      config: {
        rate: TOTAL_RECORDS_PER_SEC / SOURCES,
        arrival: 'poisson',
        recordSize: { type: 'fixed', bytes: 200 },
        keys: { type: 'uniform', count: 10_000 },
      },
    });
    edges.push({ from: `source-${pad(s)}`, to: topic });
  }
  for (let k = 0; k < SINKS; k++) {
    nodes.push({
      id: `sink-${pad(k)}`,
      kind: 'sink',
      name: `Store ${pad(k)}`,
      position: { x: 800, y: k * 160 },
      config: { consumers: 4, autoOffsetReset: 'earliest' },
    });
    edges.push({ from: `topic-${pad(k % TOPICS)}`, to: `sink-${pad(k)}` });
  }
  return {
    format: 'franz.pipeline',
    version: 1,
    name: 'UI benchmark: a million records a second',
    cluster: { groupInitialRebalanceDelayMs: 100 },
    nodes,
    edges,
  };
}
