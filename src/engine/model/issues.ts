// Turns schema issues into messages a person can act on: `nodes[3].config.partitions: must be >= 1`,
// `nodes[0].config.rate: must be a number, got the text "NaN"`. A message says what is wrong with what is there
// ("is required" only when the key is absent), quotes at most a short excerpt of the value, and stays short
// however large the document is (200,000 unknown keys name a few and count the rest).
import type { z } from 'zod';

/** The longest excerpt of a value quoted in a message, in characters. */
export const EXCERPT_CHARS = 40;
/** Unknown keys named in one message; the rest are counted. */
const NAMED_KEYS = 5;
/** The longest message, path included: anything longer is cut with an ellipsis. */
export const MESSAGE_CHARS = 400;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Cuts text to `max` characters (whole code points), with an ellipsis when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

/**
 * User-given text as a message quotes it: double-quoted, at most EXCERPT_CHARS, control characters and other
 * invisible ones escaped (a message never carries raw control bytes to a terminal or a page).
 */
export function quote(text: string): string {
  return `"${escaped(text).replace(/"/g, '\\"')}"`;
}

/** An excerpt of user-given text, at most EXCERPT_CHARS, invisible and control characters as \uXXXX. */
export function escaped(text: string): string {
  return cut(text, EXCERPT_CHARS).replace(/\\|[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu, (c) =>
    c === '\\' ? '\\\\' : `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}

/** What a value is, in words: `the text "NaN"`, `null`, `a list of 3 items`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const NOUNS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

/** zod's own messages start like this; a message the schema wrote itself says more and is kept. */
const ZOD_WORDING = /^(Invalid|Too small|Too big|Unrecognized)/;

function oneOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 10).map((v) => (typeof v === 'string' ? quote(v) : String(v)));
  return `one of ${shown.join(', ')}${values.length > 10 ? ` (and ${values.length - 10} more)` : ''}`;
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    // A list's own message says what it holds ("must have at least one broker").
    case 'too_small':
      if (issue.origin === 'array')
        return issue.message.startsWith('Too small')
          ? `must have at least ${issue.minimum} item(s)`
          : issue.message;
      if (issue.origin === 'string') return 'must not be empty';
      return issue.message.startsWith('Too small') ? `must be >= ${issue.minimum}` : issue.message;
    case 'too_big':
      if (issue.origin === 'array')
        return issue.message.startsWith('Too big')
          ? `must have at most ${issue.maximum} items`
          : issue.message;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      // A whole number beyond 2^53 cannot be held exactly: say so with the value, not "must be a whole number".
      if (issue.origin === 'int')
        return `must be at most ${issue.maximum}, got ${describeValue(issue.input)}`;
      return issue.message.startsWith('Too big') ? `must be <= ${issue.maximum}` : issue.message;
    case 'invalid_type': {
      // zod 4 leaves `input` out unless the parse asks for it (reportInput): absent means the key is missing.
      if (!('input' in issue) || issue.input === undefined) return `is required (${issue.expected})`;
      const what = ZOD_WORDING.test(issue.message)
        ? `must be ${NOUNS[issue.expected] ?? `a ${issue.expected}`}`
        : issue.message;
      return `${what}, got ${describeValue(issue.input)}`;
    }
    case 'invalid_value': {
      const what = ZOD_WORDING.test(issue.message) ? `must be ${oneOf(issue.values)}` : issue.message;
      return `${what}, got ${describeValue(issue.input)}`;
    }
    case 'unrecognized_keys': {
      const n = issue.keys.length;
      const named = issue.keys.slice(0, NAMED_KEYS).map(quote).join(', ');
      return `unknown key${n > 1 ? 's' : ''} ${named}${n > NAMED_KEYS ? ` and ${n - NAMED_KEYS} more` : ''}`;
    }
    case 'invalid_union': {
      // A discriminated union names its field ("kind", "type"): say what it holds and what it may hold.
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      const input = issue.input as Record<string, unknown> | undefined;
      if (discriminator && options && input && typeof input === 'object') {
        const value = Object.prototype.hasOwnProperty.call(input, discriminator)
          ? input[discriminator]
          : undefined;
        return value === undefined
          ? `is required (${oneOf(options)})`
          : `must be ${oneOf(options)}, got ${describeValue(value)}`;
      }
      return 'is not one of the allowed shapes (check "kind" or "type")';
    }
    default:
      return issue.message;
  }
}

export function formatIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  // An issue of the document itself (an unknown top-level key) names it: every message says where.
  return cut(`${where || 'the document'}: ${describe(issue)}`, MESSAGE_CHARS);
}

/**
 * The issues worth saying. zod may report two for one value (1e300 for partitions: beyond the safe integers and
 * above the maximum); the second says it better, so the first is dropped.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const places = new Map<string, number>();
  for (const issue of issues)
    places.set(formatPath(issue.path), (places.get(formatPath(issue.path)) ?? 0) + 1);
  return issues
    .filter(
      (issue) =>
        !(issue.code === 'too_big' && issue.origin === 'int' && places.get(formatPath(issue.path))! > 1),
    )
    .map(formatIssue);
}
