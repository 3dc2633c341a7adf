// The engine refuses an edit with a path and a reason (`nodes[3].config.partitions: must be >= 1`).
// Under a field, the reason alone reads better; a rule that ties two settings names the other one.

/** What a field of the form is called in a message: its Kafka name, else its label. */
export type NameOf = (configPath: string) => string | undefined;

export interface NodeContext {
  /** The design's node names, by index: `nodes[2]` reads as the name a person knows. */
  names: readonly string[];
  /** The index of the node being edited. */
  self?: number | undefined;
}

const PATH_FIRST = /^([^\s:]+): ([\s\S]+)$/;
const NODE_AT = /^nodes\[(\d+)\]/;
/** Where a form's own fields start: a node's config, the cluster, or one broker of it. */
const WHERE = /^(?:nodes\[\d+\]\.(?:config\.)?|cluster\.(?:brokers\[\d+\]\.)?)/;
const CAMEL_KEY = /\b[a-z]+(?:[A-Z][a-z]+)+\b/g;
const NODE_REF = /nodes\[(\d+)\]/g;
/** `topic "orders" already exists (nodes[3])`: the name is already in the message. */
const NODE_AFTERWORD = /\s*\(nodes\[\d+\]\)/g;

/**
 * The message to show under the field at `fieldPath` (`partitions`, `keys.count`, `name`). Given the
 * field's `label`, in plain words naming the setting ("Partitions must be at least 1").
 */
export function describeEditError(
  error: string,
  fieldPath: string,
  nameOf: NameOf,
  nodes: NodeContext = { names: [] },
  label?: string,
): string {
  const match = PATH_FIRST.exec(error);
  let text = error;
  if (match) {
    const [, where = '', reason = ''] = match;
    const path = where.replace(WHERE, '');
    const related =
      path === fieldPath ||
      path.startsWith(`${fieldPath}.`) ||
      fieldPath.startsWith(`${path}.`) ||
      // Choosing a shape (`keys.type`) answers for the keys that shape needs.
      (fieldPath.endsWith('.type') && path.split('.')[0] === fieldPath.split('.')[0]);
    const other = nameOf(path);
    const subject = related ? label : other;
    text =
      label !== undefined && subject !== undefined
        ? inPlainWords(subject, reason)
        : related
          ? reason
          : other
            ? `${other}: ${reason}`
            : error;
    // A clash is reported on the later of two nodes ("group x is already used by nodes[2]"); told to the
    // earlier one, it names the other node instead of itself.
    const at = NODE_AT.exec(where)?.[1];
    if (at !== undefined && nodes.self !== undefined && Number(at) !== nodes.self)
      text = text.replaceAll(`nodes[${nodes.self}]`, `nodes[${at}]`);
  }
  if (!match && label !== undefined) text = inPlainWords(label, text);
  return text
    .replace(NODE_AFTERWORD, '')
    .replace(CAMEL_KEY, (key) => nameOf(key) ?? key)
    .replace(NODE_REF, (ref, i: string) => {
      const name = nodes.names[Number(i)];
      return name === undefined ? ref : `"${name}"`;
    });
}

const BOUNDS: [RegExp, string][] = [
  [/>= ?(-?[\d.]+)/g, 'at least'],
  [/<= ?(-?[\d.]+)/g, 'at most'],
  [/> ?(-?[\d.]+)/g, 'more than'],
  [/< ?(-?[\d.]+)/g, 'less than'],
];
/** The schema's words for a value of the wrong kind: 1.5 where a whole number belongs, text for a number. */
const KIND_WORDS: [RegExp, string][] = [
  // The field shows what was typed: the engine's ", got 1.5" would only repeat it.
  [/^(must be a (?:whole )?number), got .*$/, '$1'],
  [/^(?:is required \(int\)|must be a int)$/, 'must be a whole number'],
  [/^(?:is required \(number\)|must be a number|enter a number)$/, 'must be a number'],
];
/** A reason that says what the value must be: it reads after the setting's name. */
const PREDICATE = /^(?:must|should|can|cannot|is|needs)\b/;

const withSeparators = (n: string) => {
  const value = Number(n);
  return Number.isInteger(value) && Math.abs(value) >= 10_000 ? value.toLocaleString('en-US') : n;
};
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A refusal as a person reads it: the setting named first, bounds in words.
 * ("Partitions", "must be >= 1") -> "Partitions must be at least 1";
 * ("Rate", "must be <= 50000000") -> "Rate must be at most 50,000,000";
 * ("Partitions", "is required (int)") -> "Partitions must be a whole number".
 * A reason that is a sentence of its own (Kafka's "Replication factor: 4 larger than available
 * brokers: 3.") keeps its words.
 */
export function inPlainWords(subject: string, reason: string): string {
  let text = reason;
  for (const [pattern, words] of KIND_WORDS) text = text.replace(pattern, words);
  for (const [pattern, words] of BOUNDS)
    text = text.replace(pattern, (_, n: string) => `${words} ${withSeparators(n)}`);
  return PREDICATE.test(text) ? `${subject} ${text}` : capitalised(text);
}
