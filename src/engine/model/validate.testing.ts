// Shared by the validation tests: the example design to break, small hand-written designs, and readers
// of a parse result.
import example from '../../../examples/article-pipeline.json';
import type { NodeKind, PipelineNode } from './schema';
import type { ParseResult } from './validate';

export type Json = Record<string, unknown>;
export interface RawNode {
  id: string;
  kind: string;
  name: string;
  config?: Json;
}

/** A fresh, mutable copy of the example design, so each story can break it in its own way. */
export function exampleCopy(): { format: string; version: number; nodes: RawNode[]; edges: Json[] } & Json {
  return JSON.parse(JSON.stringify(example)) as ReturnType<typeof exampleCopy>;
}

/** Index of the example node with this id; the example's order is: 5 sources, 4 topics, 4 sinks. */
export function indexOf(doc: { nodes: RawNode[] }, id: string): number {
  const i = doc.nodes.findIndex((n) => n.id === id);
  if (i < 0) throw new Error(`no node ${id} in the example`);
  return i;
}

export function configOf(doc: { nodes: RawNode[] }, id: string): Json {
  const node = doc.nodes[indexOf(doc, id)]!;
  node.config ??= {};
  return node.config;
}

/** A small design written by hand: a pipeline's nodes and edges, everything else left to defaults. */
export function design(nodes: RawNode[], edges: { from: string; to: string }[] = []): Json {
  return { format: 'franz.pipeline', version: 1, nodes, edges };
}

export const source = (id: string, config: Json = {}): RawNode => ({ id, kind: 'source', name: id, config });
export const topic = (id: string, config: Json = {}, name = id): RawNode => ({
  id,
  kind: 'topic',
  name,
  config,
});
export const sink = (id: string, config: Json = {}): RawNode => ({ id, kind: 'sink', name: id, config });
export const processor = (id: string, config: Json = {}): RawNode => ({
  id,
  kind: 'processor',
  name: id,
  config,
});

export function errorsOf(result: ParseResult): string[] {
  if (result.ok) throw new Error('expected the document to be refused, but it parsed');
  return result.errors;
}

export function nodeOf<K extends NodeKind>(
  result: ParseResult,
  id: string,
  kind: K,
): Extract<PipelineNode, { kind: K }> {
  if (!result.ok) throw new Error(`expected the document to parse, got: ${result.errors.join('; ')}`);
  const node = result.doc.nodes.find((n) => n.id === id);
  if (!node || node.kind !== kind) throw new Error(`no ${kind} node ${id}`);
  return node as Extract<PipelineNode, { kind: K }>;
}

/** Brokers with these ids and default bandwidth: `brokers(1, 2)`. */
export const brokers = (...ids: number[]): Json[] => ids.map((id) => ({ id }));

/** A small design on a cluster of the given brokers, with a fault schedule. */
export function designOn(
  cluster: { brokers?: Json[] } & Json,
  nodes: RawNode[],
  faults: Json[] = [],
  edges: { from: string; to: string }[] = [],
): Json {
  return { ...design(nodes, edges), cluster, faults };
}
