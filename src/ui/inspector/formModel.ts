// The inspector's forms as data: which fields a node kind has, how they group, when each one shows,
// and how a field's text becomes a config patch for edits.updateConfig.
import type { SelectOption } from '../forms/SelectField';
import {
  describeValue,
  keysToLines,
  linesToKeys,
  numberText,
  optionalText,
  parseNumberText,
} from '../forms/values';

export type Config = Readonly<Record<string, unknown>>;
export type Patch = Record<string, unknown>;

interface FieldBase {
  /** The config key; nested keys are dotted: 'keys.count', 'recordSize.bytes'. */
  path: string;
  /** The human label, and the input's accessible name. */
  label: string;
  /** Kafka's name for it, where Kafka has one. */
  kafka?: string;
  hint?: string;
  /** Overrides the default the schema gives (or says what a missing default means). */
  defaultText?: string;
  /** The field shows only when this holds (burst timings only for bursty arrivals). */
  when?: (config: Config) => boolean;
  /** Why the setting has no effect as the others stand (greyed out); null when it applies. */
  off?: (config: Config) => string | null;
}

export interface NumberSpec extends FieldBase {
  type: 'number';
  unit?: string;
  step?: number;
  /** Set when an empty input is allowed and means null: what null means ("unlimited"). */
  emptyMeans?: string;
  /**
   * Applied on blur or Enter, not keystroke by keystroke: for a change the running cluster cannot take
   * back (typing 100 partitions must not first grow the topic to 10).
   */
  applyOnCommit?: boolean;
}

export interface SelectSpec extends FieldBase {
  type: 'select';
  options: readonly SelectOption[];
  /** The value in force when it is not the key's own (a key whose absence follows another key). */
  read?: (config: Config) => string;
  /** Other keys a choice sets with it, so the document stays consistent. */
  alsoSets?: (value: string) => Patch;
}

export interface CheckboxSpec extends FieldBase {
  type: 'checkbox';
}

export interface TextSpec extends FieldBase {
  type: 'text';
  /** What an empty input stores (null, or no key at all) and what that means. */
  empty: { value: null | undefined; means: string };
}

/** A list of strings, one per line. */
export interface LinesSpec extends FieldBase {
  type: 'lines';
}

/** A list with an editor of its own (the cluster's brokers): the form shows that editor in its place. */
export interface ListSpec extends FieldBase {
  type: 'list';
}

export type FieldSpec = NumberSpec | SelectSpec | CheckboxSpec | TextSpec | LinesSpec | ListSpec;

export interface Section {
  title: string;
  /** One line under the title. */
  note?: string;
  /** Folded away (details/summary) until opened. */
  advanced?: boolean;
  fields: readonly FieldSpec[];
}

export interface FormModel {
  sections: readonly Section[];
  /** The config an empty `{}` parses to: Kafka's defaults, from the schema itself. */
  defaults: Config;
}

export function readPath(config: Config, path: string): unknown {
  let value: unknown = config;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The sections' fields that apply to this config. */
export function visibleFields(section: Section, config: Config): FieldSpec[] {
  return section.fields.filter((f) => !f.when || f.when(config));
}

/** Every field of a form, visible or not. */
export const allFields = (model: FormModel): FieldSpec[] => model.sections.flatMap((s) => s.fields);

/** What the field's input shows: text for most, "true"/"false" for a checkbox. */
export function fieldText(spec: FieldSpec, config: Config): string {
  const value = readPath(config, spec.path);
  switch (spec.type) {
    case 'number':
      return numberText(value as number | null | undefined);
    case 'lines':
      return Array.isArray(value) ? keysToLines(value as string[]) : '';
    case 'checkbox':
      return String(value === true);
    case 'list':
      return '';
    case 'select':
      if (spec.read) return spec.read(config);
      return value === null || value === undefined ? '' : String(value);
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}

/** "default 500", "default 300000 ms (5 min)", "default unlimited": the line under a field. */
export function defaultText(spec: FieldSpec, defaults: Config): string | undefined {
  if (spec.defaultText !== undefined) return spec.defaultText;
  if (spec.type === 'list') return undefined;
  const value = readPath(defaults, spec.path);
  if (value === undefined) return undefined;
  if (value === null) {
    const means =
      spec.type === 'number' ? spec.emptyMeans : spec.type === 'text' ? spec.empty.means : undefined;
    return `default ${means ?? 'none'}`;
  }
  if (spec.type === 'select') {
    const option = spec.options.find((o) => o.value === value);
    return `default ${option?.label ?? String(value)}`;
  }
  return `default ${describeValue(value, spec.type === 'number' ? spec.unit : undefined)}`;
}

export type PatchResult = { ok: true; patch: Patch } | { ok: false; error: string };

/**
 * The config patch a field's text asks for. A nested key replaces its whole object (keys, recordSize),
 * and choosing another `type` there starts from sensible values for that type.
 */
export function toPatch(spec: FieldSpec, config: Config, text: string): PatchResult {
  let value: unknown;
  switch (spec.type) {
    case 'number': {
      const parsed = parseNumberText(text, spec.emptyMeans !== undefined);
      if (!parsed.ok) return parsed;
      value = parsed.value;
      break;
    }
    case 'checkbox':
      value = text === 'true';
      break;
    case 'text':
      value = optionalText(text, spec.empty.value);
      break;
    case 'lines':
      value = linesToKeys(text);
      break;
    case 'select':
      value = text;
      break;
    case 'list':
      return { ok: false, error: 'edited in its own list' };
  }
  const [head, ...rest] = spec.path.split('.');
  if (!head) return { ok: false, error: 'no such setting' };
  const also = spec.type === 'select' && spec.alsoSets ? spec.alsoSets(String(value)) : {};
  if (rest.length === 0) return { ok: true, patch: { ...also, [head]: value } };
  const current = (config[head] ?? {}) as Record<string, unknown>;
  const key = rest.join('.');
  if (key === 'type') {
    const switchTo = TYPE_SWITCHES[head];
    if (switchTo) return { ok: true, patch: { [head]: switchTo(current, String(value), config) } };
  }
  return { ok: true, patch: { [head]: { ...current, [key]: value } } };
}

type Shape = Record<string, unknown>;
const num = (shape: Shape, key: string): number | undefined =>
  typeof shape[key] === 'number' ? shape[key] : undefined;

/** A new shape of a tagged config object, keeping what carries over (a key count, a record size). */
const TYPE_SWITCHES: Record<string, (current: Shape, type: string, config: Config) => Shape> = {
  recordSize(current, type) {
    if (current.type === type) return current;
    if (type === 'uniform') {
      const bytes = num(current, 'bytes') ?? 100;
      return { type, min: Math.floor(bytes / 2), max: Math.min(bytes * 2, 1_048_576) };
    }
    const min = num(current, 'min') ?? 100;
    const max = num(current, 'max') ?? min;
    return { type, bytes: Math.round((min + max) / 2) };
  },
  keys(current, type) {
    if (current.type === type) return current;
    const count = num(current, 'count') ?? 1000;
    switch (type) {
      case 'uniform':
        return { type, count };
      case 'zipf':
        return { type, count, exponent: 1 };
      case 'list':
        return { type, values: ['key-1', 'key-2', 'key-3'] };
      default:
        return { type };
    }
  },
  /** A load profile starts from the source's rate: a step to twice it, a spike to five times it, a day peaking at it. */
  profile(current, type, config) {
    if (current.type === type) return current;
    const rate = typeof config.rate === 'number' ? config.rate : 100;
    switch (type) {
      case 'step':
        return { type, stepAtMs: 60_000, stepRate: rate * 2 };
      case 'spike':
        return { type, spikeAtMs: 60_000, spikeDurationMs: 10_000, spikeRate: rate * 5 };
      case 'daily':
        return { type, peakHour: 14, peakRate: rate, troughHour: 4, troughRate: Math.round(rate / 5) };
      case 'trace':
        return { type, points: [[0, rate]], repeat: false };
      default:
        return { type };
    }
  },
};
