// Reads a design document: schema first, then the rules that span fields and nodes (ids, edges, names,
// brokers, producer settings Kafka refuses together, the fault schedule's targets).
import { faultTarget } from './faultTargets';
import {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  documentSchema,
  type PipelineDocument,
  type PipelineNode,
  type NodeKind,
} from './schema';
import { cut, escaped, formatIssues, MESSAGE_CHARS, quote } from './issues';
import { migrate } from './migrate';
import { processorLoopErrors } from './processorLoops';

export type ParseResult = { ok: true; doc: PipelineDocument } | { ok: false; errors: string[] };

/** Which kinds an edge may join: data flows producer -> topic -> consumer. */
const ALLOWED_EDGES: Record<NodeKind, readonly NodeKind[]> = {
  source: ['topic'],
  topic: ['sink', 'processor'],
  processor: ['topic'],
  sink: [],
};

export function edgeRefusal(from: NodeKind, to: NodeKind): string | null {
  if (ALLOWED_EDGES[from].includes(to)) return null;
  if (from === 'sink') return 'a sink only reads: connect a topic to it instead';
  if (to === 'source') return 'a source only writes: connect it to a topic instead';
  if (from === 'topic' && to === 'topic') return 'a topic feeds a topic only through a processor';
  return `a ${from} writes to a topic, not to a ${to}: put a topic between them`;
}

/** Topic.MAX_NAME_LENGTH. */
const MAX_TOPIC_NAME = 249;

/** Why Kafka refuses a topic name, in Topic.detectInvalidTopic's words, or null. */
function invalidTopicName(name: string): string | null {
  let reason: string | null = null;
  if (name === '') reason = 'the empty string is not allowed';
  else if (name === '.') reason = "'.' is not allowed";
  else if (name === '..') reason = "'..' is not allowed";
  else if (name.length > MAX_TOPIC_NAME)
    reason = `the length of '${escaped(name)}' is longer than the max allowed length ${MAX_TOPIC_NAME}`;
  else if (!/^[a-zA-Z0-9._-]*$/.test(name))
    reason = `'${escaped(name)}' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'`;
  return reason === null ? null : `Topic name is invalid: ${reason}`;
}

/**
 * Names Kafka keeps for itself. Topic.isInternal's topics exist on every cluster that has groups or transactions,
 * and the broker refuses producers on them (ReplicaManager: "Cannot append to internal topic"); the controller
 * refuses to create __cluster_metadata (ControllerApis). Other "__" names are legal: Kafka only reserves these.
 */
function internalTopic(name: string): string | null {
  if (name === '__cluster_metadata') return 'Creation of internal topic __cluster_metadata is prohibited.';
  if (name === '__consumer_offsets' || name === '__transaction_state' || name === '__share_group_state')
    return `${name} is one of Kafka's internal topics (Topic.isInternal): the cluster keeps it for itself and refuses producers on it ("Cannot append to internal topic ${name}")`;
  return null;
}

/** ProducerConfig's MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION_FOR_IDEMPOTENCE. */
const MAX_IN_FLIGHT_FOR_IDEMPOTENCE = 5;

function brokerErrors(doc: PipelineDocument): string[] {
  const errors: string[] = [];

  const seen = new Set<number>();
  doc.cluster.brokers.forEach((broker, i) => {
    if (seen.has(broker.id)) errors.push(`cluster.brokers[${i}].id: broker id ${broker.id} is used twice`);
    seen.add(broker.id);
  });
  return errors;
}

type Producer = Extract<PipelineNode, { kind: 'source' | 'processor' }>;

/** KafkaProducer's ConfigExceptions for settings that must agree (ProducerConfig, Kafka 3.x+). */
function producerErrors(node: Producer, i: number): string[] {
  const errors: string[] = [];
  const c = node.config;
  const at = `nodes[${i}].config`;
  // Kafka only refuses this when delivery.timeout.ms was set explicitly; a parsed design always sets it.
  if (c.deliveryTimeoutMs < c.lingerMs + c.requestTimeoutMs)
    errors.push(
      `${at}.deliveryTimeoutMs: should be equal to or larger than lingerMs + requestTimeoutMs ` +
        `(${c.lingerMs} + ${c.requestTimeoutMs} = ${c.lingerMs + c.requestTimeoutMs} ms)`,
    );
  // With acks 0 or 1 idempotence is off (Kafka 3.0+ disables it unless set explicitly), so only acks=all checks.
  if (
    c.enableIdempotence &&
    c.acks === 'all' &&
    c.maxInFlightRequestsPerConnection > MAX_IN_FLIGHT_FOR_IDEMPOTENCE
  )
    errors.push(
      `${at}.maxInFlightRequestsPerConnection: must be at most ${MAX_IN_FLIGHT_FOR_IDEMPOTENCE} ` +
        'when using the idempotent producer (enableIdempotence with acks all)',
    );
  // BufferPool.allocate refuses a batch larger than all of buffer.memory (it would block forever).
  if (c.batchSize > c.bufferMemory)
    errors.push(
      `${at}.batchSize: must be at most bufferMemory (${c.bufferMemory}): every batch is allocated from buffer.memory`,
    );
  if (node.kind === 'source') {
    // KafkaProducer.ensureValidRecordSize fails a record over max.request.size at send(); a value already larger
    // than max.request.size could never be sent at all. Values just below it still fail once framed (61 + 21 + ...).
    const size = node.config.recordSize;
    const largest = size.type === 'fixed' ? size.bytes : size.max;
    if (largest > c.maxRequestSize)
      errors.push(
        `${at}.recordSize.${size.type === 'fixed' ? 'bytes' : 'max'}: must be at most maxRequestSize ` +
          `(${c.maxRequestSize}): a larger record can never be sent (max.request.size)`,
      );
  }
  return errors;
}

type Consumer = Extract<PipelineNode, { kind: 'sink' | 'processor' }>;

/** Kafka's Errors.INVALID_SESSION_TIMEOUT message. */
const INVALID_SESSION_TIMEOUT =
  'The session timeout is not within the range allowed by the broker ' +
  '(as configured by group.min.session.timeout.ms and group.max.session.timeout.ms).';

/** Consumer settings the group coordinator or the consumer itself refuses. */
function consumerErrors(doc: PipelineDocument, node: Consumer, i: number): string[] {
  const errors: string[] = [];
  const c = node.config;
  const at = `nodes[${i}].config`;
  const { groupMinSessionTimeoutMs: min, groupMaxSessionTimeoutMs: max } = doc.cluster;
  // GroupCoordinatorService.joinGroup answers INVALID_SESSION_TIMEOUT: the consumer never joins.
  if (c.sessionTimeoutMs < min)
    errors.push(
      `${at}.sessionTimeoutMs: ${c.sessionTimeoutMs} ms is below the cluster's groupMinSessionTimeoutMs (group.min.session.timeout.ms, ${min} ms): the coordinator refuses the join with INVALID_SESSION_TIMEOUT: ${INVALID_SESSION_TIMEOUT}`,
    );
  else if (c.sessionTimeoutMs > max)
    errors.push(
      `${at}.sessionTimeoutMs: ${c.sessionTimeoutMs} ms is above the cluster's groupMaxSessionTimeoutMs (group.max.session.timeout.ms, ${max} ms): the coordinator refuses the join with INVALID_SESSION_TIMEOUT: ${INVALID_SESSION_TIMEOUT}`,
    );
  // Auto-commit off and no commitSync of its own: the consumer would never commit.
  if (c.commitMode === 'auto' && !c.enableAutoCommit)
    errors.push(
      `${at}.commitMode: "auto" needs enableAutoCommit true (enable.auto.commit=false and no commitSync never commits); choose "after-processing" or "before-processing"`,
    );
  // The dead-letter producer writes to a topic of the design (no topic is created for it).
  const dlt = c.deadLetterTopic;
  if (dlt !== null && !doc.nodes.some((n) => n.kind === 'topic' && n.name === dlt))
    errors.push(
      `${at}.deadLetterTopic: no topic named ${quote(dlt)} in the design; add it, or choose one of the design's topics`,
    );
  return errors;
}

function nodeErrors(doc: PipelineDocument): { errors: string[]; indexById: Map<string, number> } {
  const errors: string[] = [];
  const indexById = new Map<string, number>();
  const topicNames = new Map<string, number>();
  const collisions = new Map<string, number>(); // name with '.' as '_' -> first topic so named
  const groupIds = new Map<string, number>();
  const brokers = doc.cluster.brokers.length;
  doc.nodes.forEach((node, i) => {
    const prior = indexById.get(node.id);
    if (prior !== undefined)
      errors.push(`nodes[${i}].id: ${quote(node.id)} is already used by nodes[${prior}]`);
    else indexById.set(node.id, i);
    if (node.kind === 'topic') {
      const invalid = invalidTopicName(node.name) ?? internalTopic(node.name);
      if (invalid) errors.push(`nodes[${i}].name: ${invalid}`);
      const same = topicNames.get(node.name);
      if (same !== undefined)
        errors.push(`nodes[${i}].name: topic ${quote(node.name)} already exists (nodes[${same}])`);
      else topicNames.set(node.name, i);
      // Topic names that differ only by '.' against '_' collide in metric names; the controller refuses the
      // second (ReplicationControlManager.validateNewTopicNames, Topic.hasCollision).
      const unified = node.name.replace(/\./g, '_');
      const colliding =
        unified !== node.name || node.name.includes('_') ? collisions.get(unified) : undefined;
      if (colliding !== undefined && doc.nodes[colliding]!.name !== node.name)
        errors.push(
          `nodes[${i}].name: Topic '${escaped(node.name)}' collides with existing topic: ${escaped(doc.nodes[colliding]!.name)} (nodes[${colliding}]): topic names that differ only by '.' and '_' collide in Kafka's metric names`,
        );
      else if (!collisions.has(unified)) collisions.set(unified, i);
      // AdminUtils' InvalidReplicationFactorException. min.insync.replicas above it is allowed: Kafka caps it.
      const rf = node.config.replicationFactor;
      if (rf > brokers)
        errors.push(
          `nodes[${i}].config.replicationFactor: Replication factor: ${rf} larger than available brokers: ${brokers}.`,
        );
    }
    if (node.kind === 'sink' || node.kind === 'processor') {
      const groupId = groupIdOf(node);
      const same = groupIds.get(groupId);
      if (same !== undefined)
        errors.push(`nodes[${i}].config.groupId: group ${quote(groupId)} is already used by nodes[${same}]`);
      else groupIds.set(groupId, i);
      errors.push(...consumerErrors(doc, node, i));
    }
    if (node.kind === 'source' || node.kind === 'processor') errors.push(...producerErrors(node, i));
  });
  return { errors, indexById };
}

function edgeErrors(doc: PipelineDocument, indexById: ReadonlyMap<string, number>): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  doc.edges.forEach((edge, i) => {
    const fromIndex = indexById.get(edge.from);
    const toIndex = indexById.get(edge.to);
    if (fromIndex === undefined) return errors.push(`edges[${i}].from: no node has id ${quote(edge.from)}`);
    if (toIndex === undefined) return errors.push(`edges[${i}].to: no node has id ${quote(edge.to)}`);
    const from = doc.nodes[fromIndex]!;
    const to = doc.nodes[toIndex]!;
    const refusal = edgeRefusal(from.kind, to.kind);
    if (refusal) errors.push(`edges[${i}]: ${refusal}`);
    const key = `${edge.from}\u0000${edge.to}`;
    if (seen.has(key))
      errors.push(`edges[${i}]: ${quote(edge.from)} is already connected to ${quote(edge.to)}`);
    seen.add(key);
    if ((from.kind === 'source' || from.kind === 'processor') && to.kind === 'topic') {
      if (from.config.partitioner === 'fixed' && from.config.partition >= to.config.partitions)
        errors.push(
          `nodes[${fromIndex}].config.partition: must be < ${to.config.partitions}, the partition count of topic ${quote(to.name)}`,
        );
    }
  });
  return errors;
}

function faultErrors(doc: PipelineDocument, indexById: ReadonlyMap<string, number>): string[] {
  const errors: string[] = [];
  const brokerIds = new Set(doc.cluster.brokers.map((b) => b.id));
  doc.faults.forEach((fault, i) => {
    if ('broker' in fault) {
      if (!brokerIds.has(fault.broker)) errors.push(`faults[${i}].broker: no broker with id ${fault.broker}`);
      return;
    }
    const index = indexById.get(fault.node);
    if (index === undefined) return errors.push(`faults[${i}].node: no node has id ${quote(fault.node)}`);
    const node = doc.nodes[index]!;
    const target = faultTarget(fault.type);
    if (target !== 'broker' && !target.kinds.includes(node.kind))
      errors.push(`faults[${i}].node: ${quote(node.id)} is a ${node.kind}, not a ${target.noun}`);
  });
  return errors;
}

function crossCheck(doc: PipelineDocument): string[] {
  const nodes = nodeErrors(doc);
  const errors = [
    ...brokerErrors(doc),
    ...nodes.errors,
    ...edgeErrors(doc, nodes.indexById),
    ...faultErrors(doc, nodes.indexById),
  ];
  // Loops are only measured on a design whose nodes and edges are sound.
  return errors.length ? errors : processorLoopErrors(doc);
}

/** The consumer group id of a sink or processor: its configured groupId, else its node id. */
export function groupIdOf(node: { id: string; config: { groupId?: string | undefined } }): string {
  return node.config.groupId ?? node.id;
}

export function parseDocument(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, errors: ['the document must be a JSON object'] };
  const raw = input as Record<string, unknown>;
  if (raw.format !== DOCUMENT_FORMAT)
    return { ok: false, errors: [`format: must be "${DOCUMENT_FORMAT}" (this is not a Franz pipeline)`] };
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  // reportInput: the issues carry the value that is there, so a message can say what is wrong with it.
  const parsed = documentSchema.safeParse(migrated.value, { reportInput: true });
  if (!parsed.success) return refuse(formatIssues(parsed.error.issues));
  const errors = crossCheck(parsed.data);
  return errors.length ? refuse(errors.map((e) => cut(e, MESSAGE_CHARS))) : { ok: true, doc: parsed.data };
}

/** The most messages a refusal lists; the rest are counted in one last line. */
export const REFUSAL_MESSAGES = 20;
const MORE = /^\.\.\. and (\d+) more problems?$/;

function refuse(errors: string[]): ParseResult {
  if (errors.length <= REFUSAL_MESSAGES) return { ok: false, errors };
  const more = errors.length - REFUSAL_MESSAGES;
  return {
    ok: false,
    errors: [...errors.slice(0, REFUSAL_MESSAGES), `... and ${more} more problem${more === 1 ? '' : 's'}`],
  };
}

/** How many problems a refusal's messages stand for: its last line may count the ones not listed. */
export function problemCount(errors: readonly string[]): number {
  const more = MORE.exec(errors[errors.length - 1] ?? '');
  return more ? errors.length - 1 + Number(more[1]) : errors.length;
}

export function parseDocumentJson(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  return parseDocument(value);
}

export { DOCUMENT_VERSION };
