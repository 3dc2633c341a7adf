// Opens what can be read of a saved design that no longer passes validation, part by part, as Excalidraw's
// restore does: an invalid setting goes back to its default, a node that still fails is dropped with its
// edges, an invalid edge, fault or broker is dropped. The engine's own checks decide what is valid.
import type { z } from 'zod';
import {
  brokerSchema,
  clusterSchema,
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  documentSchema,
  edgeSchema,
  faultSchema,
  formatIssue,
  nodeSchema,
  parseDocument,
  type PipelineDocument,
} from '../../engine';

export interface Repaired {
  doc: PipelineDocument;
  /** The parts left out, each with why: `node “orders” (partitions: must be >= 1)`. */
  dropped: string[];
  /** Settings put back to their defaults, each with why: `node “orders”: lingerMs (must be >= 0)`. */
  reset: string[];
}

export type RepairResult = { ok: true; repaired: Repaired } | { ok: false; reason: string };

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The setting an issue is about, relative to the part: `config.rate` -> ['config', 'rate']. */
function settingOf(issue: z.core.$ZodIssue, withConfig: boolean): { holder: string[]; keys: string[] } {
  const path = issue.path.map(String);
  const depth = withConfig && path[0] === 'config' ? 1 : 0;
  if (issue.code === 'unrecognized_keys' && path.length === depth) return { holder: path, keys: issue.keys };
  return path.length > depth
    ? { holder: path.slice(0, depth), keys: [path[depth]!] }
    : { holder: [], keys: [] };
}

function holderOf(part: Raw, holder: string[]): Raw | null {
  let at: unknown = part;
  for (const key of holder) at = isObject(at) ? at[key] : undefined;
  return isObject(at) ? at : null;
}

/** Where an issue is inside a part, without the config prefix: `config.rate: …` -> `rate: …`. */
const issueText = (issue: z.core.$ZodIssue) => formatIssue(issue).replace(/^config(\.|: )/, '');

/**
 * Puts settings a part's schema refuses back to their defaults (deletes them), until the part reads or a
 * refused setting has no default. Returns the part and what was reset, or the reason it cannot be read.
 */
function repairPart(
  schema: z.ZodType,
  part: unknown,
  withConfig: boolean,
): { ok: true; part: Raw; reset: string[] } | { ok: false; reason: string } {
  if (!isObject(part)) return { ok: false, reason: 'not an object' };
  const copy = structuredClone(part);
  const reset: string[] = [];
  // What each deleted setting was refused for: said when the part still fails without it (no default).
  const refused = new Map<string, string>();
  // Each round deletes at least one key that is there, so the rounds are bounded by the keys.
  for (;;) {
    const parsed = schema.safeParse(copy);
    if (parsed.success) return { ok: true, part: copy, reset };
    let deleted = false;
    for (const issue of parsed.error.issues) {
      const { holder, keys } = settingOf(issue, withConfig);
      const at = holderOf(copy, holder);
      const where = [...holder, keys[0]].join('.');
      // Identity and shape (id, kind, name, from, to, type) have no default: the part cannot be read.
      const resettable = keys.filter((key) => at && key in at && !IDENTITY.includes(key));
      if (resettable.length === 0) return { ok: false, reason: refused.get(where) ?? issueText(issue) };
      for (const key of resettable) delete at![key];
      refused.set(where, issueText(issue));
      reset.push(issueText(issue));
      deleted = true;
    }
    if (!deleted) return { ok: false, reason: issueText(parsed.error.issues[0]!) };
  }
}

/** Keys that say what a part is or joins: never reset. */
const IDENTITY = ['id', 'kind', 'name', 'from', 'to', 'type', 'node', 'broker', 'atMs'];

const text = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? '?'));
const nodeLabel = (node: unknown) => `node “${text(isObject(node) ? (node.name ?? node.id) : node)}”`;
const edgeLabel = (edge: unknown) =>
  isObject(edge) ? `edge “${text(edge.from)}” → “${text(edge.to)}”` : 'an edge';
const faultLabel = (fault: unknown) =>
  isObject(fault) ? `fault ${text(fault.type)} at ${text(fault.atMs)} ms` : 'a fault';
const brokerLabel = (broker: unknown) => (isObject(broker) ? `broker ${text(broker.id)}` : 'a broker');

/** Keeps the parts of a list that read, repaired where a setting can go back to its default. */
function repairList(
  list: unknown[],
  schema: z.ZodType,
  withConfig: boolean,
  label: (part: unknown) => string,
  out: { dropped: string[]; reset: string[] },
): Raw[] {
  const kept: Raw[] = [];
  for (const part of list) {
    const result = repairPart(schema, part, withConfig);
    if (!result.ok) {
      out.dropped.push(`${label(part)} (${result.reason})`);
      continue;
    }
    for (const why of result.reset) out.reset.push(`${label(part)}: ${why}`);
    kept.push(result.part);
  }
  return kept;
}

/** `nodes[3].config.partition: must be …` -> the list, the index, the setting and the message. */
const CROSS_ERROR = /^(nodes|edges|faults|cluster\.brokers)\[(\d+)\](?:\.config\.(\w+)|\.(\w+))?: (.*)$/;

/**
 * Repairs a design read from JSON that the engine refuses. Only a known version is repaired: a document
 * from a newer Franz might mean something else by the same keys, so it is refused as it is.
 */
export function repairDesign(value: unknown): RepairResult {
  if (!isObject(value)) return { ok: false, reason: 'the document must be a JSON object' };
  if (value.format !== DOCUMENT_FORMAT)
    return { ok: false, reason: `format: must be "${DOCUMENT_FORMAT}" (this is not a Franz pipeline)` };
  if (value.version !== DOCUMENT_VERSION)
    return { ok: false, reason: `version: ${text(value.version)} is not a version this Franz repairs` };
  const first = parseDocument(value);
  if (first.ok) return { ok: true, repaired: { doc: first.doc, dropped: [], reset: [] } };
  if (!Array.isArray(value.nodes)) return { ok: false, reason: 'nodes: must be a list' };
  if (!Array.isArray(value.edges)) return { ok: false, reason: 'edges: must be a list' };

  const out = { dropped: [] as string[], reset: [] as string[] };
  const doc: Raw = { format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION };
  if (typeof value.name === 'string' && value.name.length <= 200) doc.name = value.name;
  else if ('name' in value) out.reset.push('the design’s name (must be a text of at most 200 characters)');
  const cluster = isObject(value.cluster) ? structuredClone(value.cluster) : {};
  if (Array.isArray(cluster.brokers)) {
    cluster.brokers = repairList(cluster.brokers, brokerSchema, false, brokerLabel, out);
    if ((cluster.brokers as Raw[]).length === 0) delete cluster.brokers;
  }
  const repairedCluster = repairPart(clusterSchema, cluster, false);
  doc.cluster = repairedCluster.ok ? repairedCluster.part : {};
  if (repairedCluster.ok) for (const why of repairedCluster.reset) out.reset.push(`cluster: ${why}`);
  else out.reset.push(`cluster (${repairedCluster.reason})`);
  const nodes = repairList(value.nodes, nodeSchema, true, nodeLabel, out);
  doc.nodes = nodes;
  // A dropped node takes its edges along, without a word of their own.
  const keptIds = new Set(nodes.map((n) => n.id));
  const droppedIds = new Set(
    value.nodes.map((n) => (isObject(n) ? n.id : undefined)).filter((id) => !keptIds.has(id)),
  );
  const edges = value.edges.filter((e) => !isObject(e) || !(droppedIds.has(e.from) || droppedIds.has(e.to)));
  doc.edges = repairList(edges, edgeSchema, false, edgeLabel, out);
  doc.faults = Array.isArray(value.faults)
    ? repairList(value.faults, faultSchema, false, faultLabel, out)
    : [];
  const shape = documentSchema.safeParse(doc);
  if (!shape.success) return { ok: false, reason: formatIssue(shape.error.issues[0]!) };

  // The rules across parts (ids, names, edges' ends, groups): each round resets or drops what an error names.
  for (;;) {
    const parsed = parseDocument(doc);
    if (parsed.ok) {
      if (parsed.doc.nodes.length === 0 && value.nodes.length > 0)
        return { ok: false, reason: `none of its ${value.nodes.length} nodes could be read` };
      return { ok: true, repaired: { doc: parsed.doc, ...out } };
    }
    const current = doc.nodes as Raw[];
    const drop = new Set<Raw>();
    let changed = false;
    for (const error of parsed.errors) {
      const match = CROSS_ERROR.exec(error);
      if (!match) return { ok: false, reason: error };
      const [, list, index, setting, field, why] = match;
      const part = (list === 'cluster.brokers' ? (doc.cluster as Raw).brokers : doc[list!]) as Raw[];
      const at = part[Number(index)]!;
      const config = isObject(at.config) ? at.config : null;
      if (setting && config && setting in config) {
        delete config[setting];
        out.reset.push(`${nodeLabel(at)}: ${setting} (${why})`);
      } else if (!drop.has(at)) {
        drop.add(at);
        const label = { nodes: nodeLabel, edges: edgeLabel, faults: faultLabel }[list!] ?? brokerLabel;
        const what = setting ?? field;
        out.dropped.push(`${label(at)} (${what ? `${what}: ` : ''}${why})`);
      }
      changed = true;
    }
    if (!changed) return { ok: false, reason: parsed.errors[0]! };
    doc.nodes = current.filter((n) => !drop.has(n));
    // A dropped node takes its edges along (unless another node has the same id).
    const ids = new Set((doc.nodes as Raw[]).map((n) => n.id));
    doc.edges = (doc.edges as Raw[]).filter((e) => !drop.has(e) && ids.has(e.from) && ids.has(e.to));
    doc.faults = (doc.faults as Raw[]).filter((f) => !drop.has(f));
    const brokers = (doc.cluster as Raw).brokers;
    if (Array.isArray(brokers)) {
      const left = (brokers as Raw[]).filter((b) => !drop.has(b));
      if (left.length === 0) return { ok: false, reason: parsed.errors[0]! };
      (doc.cluster as Raw).brokers = left;
    }
  }
}
