// Checks every assignor against results recorded from Kafka's Java classes (javaOracle.testing.ts).

import { describe, expect, it } from 'vitest';
import { assign } from './index';
import { JAVA_CASES } from './javaOracle.testing';
import type { AssignmentInput, AssignorMember, AssignorName, GroupAssignment } from './types';

function parsePartitions(spec: string): Record<string, number[]> {
  if (spec === '-' || spec === '') return {};
  return Object.fromEntries(
    spec.split(';').map((part) => {
      const [topic, list] = part.split(':') as [string, string];
      return [topic, list.split(',').map(Number)];
    }),
  );
}

interface JavaCase {
  title: string;
  strategy: AssignorName;
  input: AssignmentInput;
  expected: GroupAssignment;
}

function parseCases(text: string): JavaCase[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n');
      const title = (lines[0] ?? '').replace(/^case /, '');
      const strategy = title.split(' ')[0] as AssignorName;
      const input: AssignmentInput = { members: [], partitionsPerTopic: {} };
      const expected: GroupAssignment = {};
      for (const line of lines.slice(1)) {
        const [kind, ...rest] = line.split(' ');
        if (kind === 'topics') {
          for (const t of rest) input.partitionsPerTopic[t.split('=')[0]!] = Number(t.split('=')[1]);
        } else if (kind === 'member') {
          const fields = Object.fromEntries(rest.slice(1).map((f) => f.split('=') as [string, string]));
          const member: AssignorMember = {
            memberId: rest[0]!,
            topics: (fields.topics ?? '').split(',').filter(Boolean),
          };
          if (fields.owned !== undefined) {
            member.owned = Object.entries(parsePartitions(fields.owned)).flatMap(([topic, ps]) =>
              ps.map((partition) => ({ topic, partition })),
            );
          }
          input.members.push(member);
        } else if (kind === 'expect') {
          expected[rest[0]!] = parsePartitions(rest[1] ?? '-');
        }
      }
      return { title, strategy, input, expected };
    });
}

describe('results recorded from the Java client', () => {
  const cases = parseCases(JAVA_CASES);

  it('has cases for every assignor and for both emulated Java collection orders', () => {
    const titles = new Set(cases.map((c) => c.title));
    for (const t of ['range', 'roundrobin', 'sticky', 'cooperative-sticky']) expect(titles).toContain(t);
    expect(cases.some((c) => c.title.includes('HashMap'))).toBe(true);
    expect(cases.some((c) => c.title.includes('HashSet'))).toBe(true);
  });

  it.each(cases.map((c, i) => [`#${i} ${c.title}`, c] as const))('%s', (_title, c) => {
    expect(assign(c.strategy, c.input)).toEqual(c.expected);
  });
});
