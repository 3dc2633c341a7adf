// A design with every setting that holds its default left out: what a share link carries. Parsing it fills the same
// defaults back in (documentSchema), so the link opens the very design it was made from, in a fraction of the
// characters; new settings with defaults do not lengthen old designs' links.
import {
  brokerSchema,
  clusterSchema,
  processorConfigSchema,
  sinkConfigSchema,
  sourceConfigSchema,
  topicConfigSchema,
  type NodeKind,
  type PipelineDocument,
  type PipelineDocumentInput,
} from './schema';

type Fields = Record<string, unknown>;

const NODE_DEFAULTS: Record<NodeKind, Fields> = {
  source: sourceConfigSchema.parse(undefined),
  topic: topicConfigSchema.parse(undefined),
  sink: sinkConfigSchema.parse(undefined),
  processor: processorConfigSchema.parse(undefined),
};
const CLUSTER_DEFAULTS: Fields = clusterSchema.parse(undefined);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Fields)[k], (b as Fields)[k]));
}

/** `fields` without the keys whose value is the default's (keys the defaults lack are kept). */
function changed(fields: object, defaults: Fields, keep: readonly string[] = []): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields))
    if (keep.includes(key) || !(key in defaults) || !same(value, defaults[key])) out[key] = value;
  return out;
}

export function withoutDefaults(doc: PipelineDocument): PipelineDocumentInput {
  const cluster = changed(doc.cluster, CLUSTER_DEFAULTS);
  if (cluster.brokers)
    cluster.brokers = doc.cluster.brokers.map((b) => changed(b, brokerSchema.parse({ id: b.id }), ['id']));
  return {
    ...doc,
    cluster,
    nodes: doc.nodes.map((n) => ({ ...n, config: changed(n.config, NODE_DEFAULTS[n.kind]) })),
  } as PipelineDocumentInput;
}
