// How busy an edge looks: records/s on it, mapped on a log scale to particles per second and speed,
// so 1 record/s and a million both read at a glance.
import type { PipelineDocument, SimulationReport } from '../../engine';

/** Particles per second on an edge at most; with 20 busy edges that stays under the on-screen cap. */
export const MAX_SPAWN_PER_SEC = 30;
/** Particles an edge spawns per second per decade of records/s. */
const SPAWN_PER_DECADE = 5;
/** Speed in flow pixels per second at 0 and per decade of records/s. */
const BASE_SPEED = 60;
const SPEED_PER_DECADE = 45;
const MAX_SPEED = 360;

/**
 * Particles per second for `rate` records/s: every record while they are few (below ~10/s), then
 * 5 per decade: 1 -> 1, 10 -> 5.2, 1,000 -> 15, 1,000,000 -> 30. A quarter with reduced motion.
 */
export function spawnPerSecond(rate: number, reducedMotion = false): number {
  if (!(rate > 0)) return 0;
  const n = Math.min(rate, SPAWN_PER_DECADE * Math.log10(1 + rate), MAX_SPAWN_PER_SEC);
  return reducedMotion ? n / 4 : n;
}

/** Flow pixels per second: 1 -> 74, 1,000 -> 195, 1,000,000 -> 330. Half with reduced motion. */
export function speedPerSecond(rate: number, reducedMotion = false): number {
  if (!(rate > 0)) return 0;
  const v = Math.min(MAX_SPEED, BASE_SPEED + SPEED_PER_DECADE * Math.log10(1 + rate));
  return reducedMotion ? v / 2 : v;
}

export interface EdgeFlow {
  /** Records/s along the edge. */
  rate: number;
  /** Palette index of the topic the edge writes to or reads from (its colour in the charts too). */
  color: number;
}

/**
 * Records/s along every edge of the design, keyed `${from}->${to}` as the canvas keys its edges:
 * - source -> topic: the source's acknowledged records/s, shared among the topics it writes to
 *   (a source sends every record to each of its topics, and counts each send);
 * - topic -> sink or processor: the group's records/s, split in proportion to its input topics' rates;
 * - processor -> topic: its group's records/s × filterRatio × fanOut (each output topic gets them all).
 */
export function edgeFlows(doc: PipelineDocument, report: SimulationReport | null): Map<string, EdgeFlow> {
  const flows = new Map<string, EdgeFlow>();
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const topicColor = new Map<string, number>();
  for (const n of doc.nodes) if (n.kind === 'topic') topicColor.set(n.id, topicColor.size);

  const sourceRate = new Map(report?.sources.map((s) => [s.node, s.recordsPerSec]) ?? []);
  const groupRate = new Map(report?.groups.map((g) => [g.node, g.recordsPerSec]) ?? []);
  const topicRate = new Map(report?.topics.map((t) => [t.name, t.recordsPerSec]) ?? []);
  const outDegree = new Map<string, number>();
  const inputRate = new Map<string, number>();
  const rateOfTopic = (id: string) => topicRate.get(byId.get(id)?.name ?? '') ?? 0;
  for (const e of doc.edges) {
    outDegree.set(e.from, (outDegree.get(e.from) ?? 0) + 1);
    if (byId.get(e.from)?.kind === 'topic')
      inputRate.set(e.to, (inputRate.get(e.to) ?? 0) + rateOfTopic(e.from));
  }

  for (const e of doc.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    let rate = 0;
    let color = 0;
    if (from.kind === 'source') {
      rate = (sourceRate.get(from.id) ?? 0) / (outDegree.get(from.id) ?? 1);
      color = topicColor.get(to.id) ?? 0;
    } else if (from.kind === 'topic') {
      const inputs = inputRate.get(to.id) ?? 0;
      const share = inputs > 0 ? rateOfTopic(from.id) / inputs : 1 / countInputs(doc, to.id);
      rate = (groupRate.get(to.id) ?? 0) * share;
      color = topicColor.get(from.id) ?? 0;
    } else if (from.kind === 'processor') {
      rate = (groupRate.get(from.id) ?? 0) * from.config.filterRatio * from.config.fanOut;
      color = topicColor.get(to.id) ?? 0;
    }
    flows.set(`${e.from}->${e.to}`, { rate, color });
  }
  return flows;
}

function countInputs(doc: PipelineDocument, nodeId: string): number {
  let n = 0;
  for (const e of doc.edges) if (e.to === nodeId) n++;
  return Math.max(1, n);
}
