// For tests: the article's pipeline, changed in one place, parsed as the page parses every design it sends.
import raw from '../../examples/article-pipeline.json';
import { parseDocument, type PipelineDocument } from '../engine';

type Doc = { name: string; nodes: { id: string; kind: string; config: Record<string, unknown> }[] };

/** `value` as the page would send it: parsed, every default filled in; a test design that does not parse throws. */
export function parsed(value: unknown): PipelineDocument {
  const result = parseDocument(value);
  if (!result.ok) throw new Error(`the test design does not parse: ${result.errors.join('; ')}`);
  return result.doc;
}

export const example = parsed(raw);

/** The example with `patch` merged into the config of node `id`. */
export function exampleWith(id: string, patch: Record<string, unknown>): PipelineDocument {
  const doc = structuredClone(raw) as Doc;
  const node = doc.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`the example has no node ${id}`);
  Object.assign(node.config, patch);
  return parsed(doc);
}
