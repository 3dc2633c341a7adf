// The fault schedule in words ("at 10 s: kill broker 2"), and the add form's text read as a fault.
import { faultTarget, type Fault, type FaultType, type PipelineDocument } from '../../engine';
import type { SelectOption } from '../forms/SelectField';
import { parseNumberText } from '../forms/values';
import { inPlainWords } from './editErrors';

/** The value a throttle or a slowed consumer takes; empty text is null (lift the cap, restore the rate). */
export interface FaultValue {
  label: string;
  unit: string;
  emptyMeans: string;
  /** A bandwidth must be above 0; a processing rate may be 0 (the consumer stalls). */
  min: { value: number; inclusive: boolean };
  initial: string;
}

interface FaultKind {
  label: string;
  value?: FaultValue;
}

const NETWORK_CAP: FaultValue = {
  label: 'Network cap',
  unit: 'MB/s',
  emptyMeans: 'no cap',
  min: { value: 0, inclusive: false },
  initial: '10',
};

const SLOWED_RATE: FaultValue = {
  label: 'Slowed rate',
  unit: 'records/s',
  emptyMeans: 'design rate',
  min: { value: 0, inclusive: true },
  initial: '10',
};

export const FAULT_KINDS: Record<FaultType, FaultKind> = {
  'broker-kill': { label: 'kill broker' },
  'broker-shutdown': { label: 'shut down broker' },
  'broker-restart': { label: 'restart broker' },
  'broker-isolate': { label: 'isolate broker' },
  'broker-reconnect': { label: 'reconnect broker' },
  'broker-throttle': { label: 'throttle broker', value: NETWORK_CAP },
  'consumer-kill': { label: 'kill a consumer' },
  'consumer-start': { label: 'start a consumer' },
  'consumer-slow': { label: 'slow a consumer', value: SLOWED_RATE },
  'consumer-restart': { label: 'restart a consumer' },
  'processor-kill': { label: 'kill processor' },
  'processor-restart': { label: 'restart processor' },
  'source-pause': { label: 'pause source' },
  'source-resume': { label: 'resume source' },
  'source-poison': { label: 'send a poison record' },
};

export const FAULT_TYPE_OPTIONS: readonly SelectOption[] = Object.entries(FAULT_KINDS).map(
  ([value, kind]) => ({ value, label: kind.label }),
);

const seconds = (ms: number) => `${ms / 1000} s`;

/** "at 10 s: kill broker 2", "at 30 s: slow a consumer of "Billing" to 5 records/s". */
export function describeFault(fault: Fault, doc: Pick<PipelineDocument, 'nodes'>): string {
  return `at ${seconds(fault.atMs)}: ${faultAction(fault, doc)}`;
}

function faultAction(fault: Fault, doc: Pick<PipelineDocument, 'nodes'>): string {
  if ('broker' in fault) {
    if (fault.type !== 'broker-throttle') return `${FAULT_KINDS[fault.type].label} ${fault.broker}`;
    return fault.networkMBps === null
      ? `lift the throttle on broker ${fault.broker}`
      : `throttle broker ${fault.broker} to ${fault.networkMBps} MB/s`;
  }
  const name = `"${doc.nodes.find((n) => n.id === fault.node)?.name ?? fault.node}"`;
  switch (fault.type) {
    case 'consumer-kill':
      return `kill a consumer of ${name}`;
    case 'consumer-start':
      return `start a consumer in ${name}`;
    case 'consumer-restart':
      return `restart a consumer of ${name}`;
    case 'source-poison':
      return `send a poison record from ${name}${fault.partition === undefined ? '' : ` to partition ${fault.partition}`}`;
    case 'consumer-slow':
      return fault.processingRate === null
        ? `restore the processing rate of ${name}`
        : `slow a consumer of ${name} to ${fault.processingRate} records/s`;
    default:
      return `${FAULT_KINDS[fault.type].label} ${name}`;
  }
}

/** What a fault of this type may aim at: the brokers, or the nodes of the right kind, by name. */
export function faultTargets(type: FaultType, doc: PipelineDocument): SelectOption[] {
  const target = faultTarget(type);
  if (target === 'broker')
    return doc.cluster.brokers.map((b) => ({ value: String(b.id), label: `broker ${b.id}` }));
  return doc.nodes.filter((n) => target.kinds.includes(n.kind)).map((n) => ({ value: n.id, label: n.name }));
}

/** The add form as typed: the time in seconds, and text for the target and the value. */
export interface FaultDraft {
  type: FaultType;
  at: string;
  target: string;
  value: string;
}

export type FaultRead = { ok: true; fault: Fault } | { ok: false; error: string };

/** The time field's refusal, or null: seconds from the start of the run, not before it. */
export function atError(text: string): string | null {
  const parsed = parseNumberText(text, false);
  if (!parsed.ok) return parsed.error;
  return parsed.value !== null && parsed.value < 0 ? 'must be >= 0' : null;
}

/** The value field's refusal, or null. */
export function valueError(value: FaultValue, text: string): string | null {
  const parsed = parseNumberText(text, true);
  if (!parsed.ok) return parsed.error;
  if (parsed.value === null) return null;
  const { min } = value;
  if (min.inclusive ? parsed.value < min.value : parsed.value <= min.value)
    return `must be ${min.inclusive ? '>=' : '>'} ${min.value}`;
  return null;
}

/** The fault the add form describes, or what is missing, naming the field. */
export function readFaultDraft(draft: FaultDraft, doc: PipelineDocument): FaultRead {
  const kind = FAULT_KINDS[draft.type];
  const at = atError(draft.at);
  if (at) return { ok: false, error: inPlainWords('The time', at) };
  const atMs = Math.round(Number(draft.at.trim()) * 1000);
  const targets = faultTargets(draft.type, doc);
  const target = faultTarget(draft.type);
  const noun = target === 'broker' ? 'broker' : target.noun;
  if (targets.length === 0) return { ok: false, error: `Target: the design has no ${noun} yet` };
  if (!targets.some((t) => t.value === draft.target)) return { ok: false, error: `Target: choose a ${noun}` };
  if (kind.value) {
    const error = valueError(kind.value, draft.value);
    if (error) return { ok: false, error: inPlainWords(kind.value.label, error) };
  }
  const value = draft.value.trim() === '' ? null : Number(draft.value.trim());
  return { ok: true, fault: buildFault(draft.type, atMs, draft.target, value) };
}

function buildFault(type: FaultType, atMs: number, target: string, value: number | null): Fault {
  switch (type) {
    case 'broker-throttle':
      return { atMs, type, broker: Number(target), networkMBps: value };
    case 'broker-kill':
    case 'broker-shutdown':
    case 'broker-restart':
    case 'broker-isolate':
    case 'broker-reconnect':
      return { atMs, type, broker: Number(target) };
    case 'consumer-slow':
      return { atMs, type, node: target, processingRate: value };
    default:
      return { atMs, type, node: target };
  }
}

/** The add form's field for each key of a fault. */
const DRAFT_FIELDS: Record<string, string> = {
  atMs: 'At',
  broker: 'Target',
  node: 'Target',
  networkMBps: NETWORK_CAP.label,
  processingRate: SLOWED_RATE.label,
};

/**
 * The engine's refusal of a new fault, told by the add form's field: "Network cap must be at most
 * 100,000", "Target: no broker with id 7".
 */
export function faultRefusal(error: string): string {
  const match = /^faults\[\d+\]\.(\w+): ([\s\S]+)$/.exec(error);
  const field = match ? DRAFT_FIELDS[match[1]!] : undefined;
  if (!match || !field) return error;
  const plain = inPlainWords(field, match[2]!);
  return plain.startsWith(field) ? plain : `${field}: ${match[2]!}`;
}
