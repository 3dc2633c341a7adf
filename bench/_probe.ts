import { createSimulation, parseDocument } from '../src/engine';
const rate = Number(process.argv[2] ?? 5e6);
const tickMs = Number(process.argv[3] ?? 1);
const doc = {
  format: 'franz.pipeline', version: 1, name: 'bench', cluster: { groupInitialRebalanceDelayMs: 0 },
  nodes: [
    { id: 'src', kind: 'source', name: 'src', position: { x: 0, y: 0 }, config: { rate, arrival: 'constant', recordSize: { type: 'fixed', bytes: 100 }, keys: { type: 'uniform', count: 10000 }, batchSize: 16384, lingerMs: 5 } },
    { id: 't', kind: 'topic', name: 'events', position: { x: 0, y: 0 }, config: { partitions: 12 } },
    { id: 'sink', kind: 'sink', name: 'sink', position: { x: 0, y: 0 }, config: { consumers: 4, processingRate: null, maxPollRecords: 500, enableAutoCommit: true } },
  ],
  edges: [{ from: 'src', to: 't' }, { from: 't', to: 'sink' }],
};
const p = parseDocument(doc);
if (!p.ok) throw new Error(JSON.stringify(p));
const sim = createSimulation(p.doc, { seed: 1, tickMs });
sim.step(1000);
const s0 = [...sim.sources.values()][0]!.producer.recordsAcked, g0 = [...sim.groups.values()][0]!.recordsConsumed;
const t0 = performance.now();
sim.step(2000);
const t1 = performance.now();
const s1 = [...sim.sources.values()][0]!.producer.recordsAcked, g1 = [...sim.groups.values()][0]!.recordsConsumed;
console.log({ rate, tickMs, acked: s1 - s0, consumed: g1 - g0, wallMs: t1 - t0, recPerSec: (g1 - g0) / ((t1 - t0) / 1000), lag: [...sim.groups.values()][0]!.lag() });
