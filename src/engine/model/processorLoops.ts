// Processor loops: topic -> processor -> topic ... back to the first topic. Each processor turns a record it
// reads into filterRatio x fanOut records on average, on each topic it writes. Around a loop these multiply; when
// the loops through a set of topics multiply records by more than 1 per lap, every record comes back as more
// records, then more again, without bound (599 records produced became 126 million consumed). Such a design is
// refused. A loop that multiplies by exactly 1 may run: each record keeps circulating as one record (a retry
// topic that re-publishes what it reads), so the records in the loop grow only with what sources produce, not
// by themselves; below 1 they die out.
//
// Several loops through the same topics add up: two loops that each give back one record per record give back
// two, so the measure is the spectral radius of the topic-to-topic gain matrix (its largest eigenvalue, which
// for one simple loop is the loop's product), found for each strongly connected set of topics by power
// iteration with the Collatz-Wielandt bounds (min and max of (Gv)_i / v_i enclose it).
import { compileTopicPattern } from '../kafka/group/topicPattern';
import { quote } from './issues';
import type { PipelineDocument } from './schema';

/** Gains within this of 1 count as 1: 0.1 x 10 is not exactly 1 in floating point. */
const TOLERANCE = 1e-9;
const MAX_ITERATIONS = 5000;

interface Hop {
  /** Index of the processor node in doc.nodes. */
  processor: number;
  /** Index (in topic order) of the topic it writes. */
  to: number;
  gain: number;
}

/** Topic -> processor -> topic hops, topics numbered in document order. */
function hopsOf(doc: PipelineDocument): { topics: number[]; hops: Hop[][] } {
  const topics: number[] = [];
  const topicOf = new Map<string, number>(); // node id -> topic number
  doc.nodes.forEach((n, i) => {
    if (n.kind === 'topic') {
      topicOf.set(n.id, topics.length);
      topics.push(i);
    }
  });
  const hops: Hop[][] = topics.map(() => []);
  doc.nodes.forEach((n, i) => {
    if (n.kind !== 'processor') return;
    const gain = n.config.filterRatio * n.config.fanOut;
    if (gain === 0) return;
    const writes = doc.edges
      .filter((e) => e.from === n.id && topicOf.has(e.to))
      .map((e) => topicOf.get(e.to)!);
    if (writes.length === 0) return;
    let reads: number[];
    const pattern = n.config.subscriptionPattern;
    if (pattern !== null) {
      // Validation refuses a pattern that does not compile; such a processor reads nothing here.
      const compiled = compileTopicPattern(pattern);
      reads = compiled.ok
        ? topics.flatMap((t, k) => (compiled.pattern.matches(doc.nodes[t]!.name) ? [k] : []))
        : [];
    } else
      reads = doc.edges.filter((e) => e.to === n.id && topicOf.has(e.from)).map((e) => topicOf.get(e.from)!);
    for (const from of new Set(reads))
      for (const to of new Set(writes)) hops[from]!.push({ processor: i, to, gain });
  });
  return { topics, hops };
}

/** Tarjan's strongly connected components of the topic graph, each a list of topic numbers. */
function components(hops: Hop[][]): number[][] {
  const n = hops.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const out: number[][] = [];
  let next = 0;
  // Iterative, so a long chain of topics cannot overflow the call stack.
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [v, k] = frame;
      if (k === 0) {
        index[v] = low[v] = next++;
        stack.push(v);
        onStack[v] = 1;
      }
      if (k < hops[v]!.length) {
        frame[1]++;
        const w = hops[v]![k]!.to;
        if (index[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        out.push(component.reverse());
      }
    }
  }
  return out;
}

/** The largest eigenvalue of the component's gain matrix (its estimate after MAX_ITERATIONS steps at most). */
function growth(component: number[], hops: Hop[][]): number {
  const members = new Set(component);
  const position = new Map(component.map((t, k) => [t, k]));
  let v = new Float64Array(component.length).fill(1);
  let estimate = 1;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const gv = new Float64Array(component.length);
    component.forEach((t, k) => {
      for (const hop of hops[t]!) if (members.has(hop.to)) gv[position.get(hop.to)!]! += hop.gain * v[k]!;
    });
    // Collatz-Wielandt: min and max of (Gv)_i / v_i enclose the spectral radius (here of G transposed: the same).
    let lo = Infinity;
    let hi = 0;
    for (let k = 0; k < v.length; k++) {
      const ratio = gv[k]! / v[k]!;
      lo = Math.min(lo, ratio);
      hi = Math.max(hi, ratio);
    }
    estimate = (lo + hi) / 2;
    // Below 1 is all that matters for a design that may run; one that may not is measured to say by how much.
    if (hi <= 1 + TOLERANCE || hi - lo < TOLERANCE) return estimate;
    // Step with I + G, which converges even where G alone would cycle (a loop of several topics).
    let sum = 0;
    for (let k = 0; k < v.length; k++) sum += gv[k]! + v[k]!;
    const nextV = new Float64Array(v.length);
    for (let k = 0; k < v.length; k++) nextV[k] = (gv[k]! + v[k]!) / sum;
    v = nextV;
  }
  return estimate;
}

/** The shortest loop from a topic back to itself within the component: the hops taken. */
function shortestLoop(start: number, members: Set<number>, hops: Hop[][]): Hop[] {
  const via = new Map<number, { from: number; hop: Hop }>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const t = queue[q]!;
    for (const hop of hops[t]!) {
      if (!members.has(hop.to)) continue;
      if (hop.to === start) {
        const path = [hop];
        for (let at = t; at !== start; at = via.get(at)!.from) path.unshift(via.get(at)!.hop);
        return path;
      }
      if (via.has(hop.to)) continue;
      via.set(hop.to, { from: t, hop });
      queue.push(hop.to);
    }
  }
  return [];
}

function times(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(3);
}

/** Refusals for the processor loops that multiply records without bound, one per set of connected loops. */
export function processorLoopErrors(doc: PipelineDocument): string[] {
  const { topics, hops } = hopsOf(doc);
  const errors: string[] = [];
  for (const component of components(hops)) {
    const first = component[0]!;
    const cyclic = component.length > 1 || hops[first]!.some((h) => h.to === first);
    if (!cyclic) continue;
    const rho = growth(component, hops);
    if (rho <= 1 + TOLERANCE) continue;
    const loop = shortestLoop(first, new Set(component), hops);
    const name = (i: number) => quote(doc.nodes[i]!.name);
    const route = [`topic ${name(topics[first]!)}`];
    for (const hop of loop) route.push(`processor ${name(hop.processor)}`, `topic ${name(topics[hop.to]!)}`);
    const lap = loop.reduce((product, hop) => product * hop.gain, 1);
    const where = `nodes[${loop[0]!.processor}].config.fanOut`;
    const why =
      'each record read comes back as more records, lap after lap, without bound; a loop may multiply by at most 1';
    if (lap > 1 + TOLERANCE)
      errors.push(
        `${where}: the processor loop ${route.join(' -> ')} multiplies records by ${times(lap)} per lap (filterRatio x fanOut of each processor): ${why}`,
      );
    else
      errors.push(
        `${where}: the processor loops through topics ${component.map((t) => name(topics[t]!)).join(', ')} (such as ${route.join(' -> ')}) together multiply records by ${times(rho)} per lap: ${why}`,
      );
  }
  return errors;
}
