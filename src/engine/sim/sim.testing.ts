// A small builder for tests: describe a pipeline in a few lines, advance simulated time, ask questions.
//   const sim = new TestSim().topic('orders', { partitions: 6 }).source('shop', { rate: 1000 }, ['orders'])
//     .sink('billing', { consumers: 2 }, ['orders']).start();
//   sim.advance(10_000); sim.lag('billing');
import { nameRecord } from '../model/nameRecord';
import { parseDocument } from '../model/validate';
import type { PipelineDocument, PipelineDocumentInput } from '../model/schema';
import { Simulation, type SimulationOptions } from './simulation';
import type { GroupReport, PartitionReport, SimulationReport } from './report';
import type { SimulationState } from './simulationState';
import { stateOf } from './stateOf';

type Input = PipelineDocumentInput;
type NodeInput = Input['nodes'][number];
type ConfigOf<K extends NodeInput['kind']> = Extract<NodeInput, { kind: K }>['config'];

/**
 * The tests built here pin the engine's behaviour to the tick (batching, elections, lag, rebalances) as it is with
 * instant round trips: a test design sets rttMs and crossRackRttMs itself to see the network's time (latency.test.ts).
 */
const INSTANT = { rttMs: 0, crossRackRttMs: 0 };

export class TestSim {
  private readonly doc: Input = {
    format: 'franz.pipeline',
    version: 1,
    cluster: INSTANT,
    nodes: [],
    edges: [],
  };
  sim!: Simulation;

  constructor(private readonly options: Partial<SimulationOptions> = {}) {}

  cluster(config: Input['cluster']): this {
    this.doc.cluster = { ...INSTANT, ...config };
    return this;
  }

  topic(name: string, config: ConfigOf<'topic'> = {}): this {
    this.doc.nodes.push({ id: name, kind: 'topic', name, config });
    return this;
  }

  source(name: string, config: ConfigOf<'source'>, topics: string[]): this {
    this.doc.nodes.push({ id: name, kind: 'source', name, config });
    for (const t of topics) this.doc.edges.push({ from: name, to: t });
    return this;
  }

  sink(name: string, config: ConfigOf<'sink'>, topics: string[]): this {
    this.doc.nodes.push({ id: name, kind: 'sink', name, config });
    for (const t of topics) this.doc.edges.push({ from: t, to: name });
    return this;
  }

  processor(name: string, config: ConfigOf<'processor'>, inputs: string[], outputs: string[]): this {
    this.doc.nodes.push({ id: name, kind: 'processor', name, config });
    for (const t of inputs) this.doc.edges.push({ from: t, to: name });
    for (const t of outputs) this.doc.edges.push({ from: name, to: t });
    return this;
  }

  /** The fault schedule. */
  faults(faults: Input['faults']): this {
    this.doc.faults = faults;
    return this;
  }

  document(): PipelineDocument {
    const parsed = parseDocument(this.doc);
    if (!parsed.ok) throw new Error(`invalid test pipeline: ${parsed.errors.join('; ')}`);
    return parsed.doc;
  }

  start(): this {
    this.sim = new Simulation(this.document(), { seed: 1, ...this.options });
    return this;
  }

  /** The running simulation's runtime objects (topics, groups, the cluster, the metrics). */
  get state(): SimulationState {
    return stateOf(this.sim);
  }

  advance(ms: number): this {
    this.sim.step(ms);
    return this;
  }

  group(name: string): GroupReport {
    const g = this.sim.report().groups.find((x) => x.node === name);
    if (!g) throw new Error(`no group ${name}`);
    return g;
  }

  /** The report's view of one partition (leader, replicas, ISR, offsets). */
  partition(topic: string, partition: number): PartitionReport {
    const t = this.sim.report().topics.find((x) => x.name === topic);
    if (!t) throw new Error(`no topic ${topic}`);
    return t.partitions[partition]!;
  }

  /** The report's view of a source: what happened to its records. */
  delivery(source: string): SimulationReport['sources'][number] {
    const s = this.sim.report().sources.find((x) => x.node === source);
    if (!s) throw new Error(`no source ${source}`);
    return s;
  }

  /** Event messages of some types, in order, as "time ms: message". */
  eventLines(...types: string[]): string[] {
    return this.sim
      .recentEvents()
      .filter((e) => types.includes(e.type))
      .map((e) => `${e.timeMs}: ${e.message}`);
  }

  lag(name: string): number {
    return this.state.groups.get(name)!.lag();
  }

  /** Committed offset per partition of a topic for a group, -1 where none. */
  committed(group: string, topic: string): number[] {
    const g = this.state.groups.get(group)!;
    const t = this.state.topics.get(topic)!;
    return t.partitions.map((_, p) => g.coordinator.committedOffset(topic, p));
  }

  logEndOffsets(topic: string): number[] {
    return this.state.topics.get(topic)!.partitions.map((p) => p.logEndOffset);
  }

  /** The group's assignment as `memberId -> "topic-partition"` lists, for compact assertions. */
  assignment(group: string): Record<string, string[]> {
    const out = nameRecord<string[]>();
    for (const m of this.group(group).members)
      out[m.memberId] = Object.entries(m.assignment).flatMap(([t, ps]) => ps.map((p) => `${t}-${p}`));
    return out;
  }

  /** The group-state transitions of a group, in order, as "From -> To". */
  transitions(groupId: string): string[] {
    return this.sim
      .recentEvents()
      .filter((e) => e.type === 'group-state' && e.subject === groupId)
      .map((e) => e.message.split(':')[0]!);
  }
}
