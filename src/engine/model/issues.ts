// Turns schema issues into messages a person can act on: `nodes[3].config.partitions: must be >= 1`.
import type { z } from 'zod';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
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
      return issue.message.startsWith('Too big') ? `must be <= ${issue.maximum}` : issue.message;
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `must be a ${issue.expected}`;
    case 'invalid_value':
      return issue.message.startsWith('Invalid')
        ? `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
        : issue.message;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'is not one of the allowed shapes (check "kind" or "type")';
    default:
      return issue.message;
  }
}

export function formatIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  return where ? `${where}: ${describe(issue)}` : describe(issue);
}
