// For tests: the article's pipeline, changed in one place.
import example from '../../examples/article-pipeline.json';

type Doc = { name: string; nodes: { id: string; kind: string; config: Record<string, unknown> }[] };

/** The example with `patch` merged into the config of node `id`. */
export function exampleWith(id: string, patch: Record<string, unknown>): Doc {
  const doc = structuredClone(example) as Doc;
  const node = doc.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`the example has no node ${id}`);
  Object.assign(node.config, patch);
  return doc;
}

export { example };
