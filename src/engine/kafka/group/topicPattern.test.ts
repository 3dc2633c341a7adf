import { describe, expect, it } from 'vitest';
import { compileTopicPattern } from './topicPattern';

function matches(pattern: string, name: string): boolean {
  const compiled = compileTopicPattern(pattern);
  if (!compiled.ok) throw new Error(compiled.error);
  return compiled.pattern.matches(name);
}

function refusal(pattern: string): string {
  const compiled = compileTopicPattern(pattern);
  if (compiled.ok) throw new Error(`${pattern} compiled`);
  return compiled.error;
}

describe('topic pattern (linear time, as RE2J on the broker)', () => {
  it('(a+)+b against 40 and 10,000 "a"s is a plain "no", not exponential backtracking', () => {
    expect(matches('(a+)+b', 'a'.repeat(40))).toBe(false);
    expect(matches('(a+)+b', 'a'.repeat(10_000))).toBe(false);
    expect(matches('(a+)+b', `${'a'.repeat(40)}b`)).toBe(true);
    expect(matches('(a|aa)*c', 'a'.repeat(5000))).toBe(false);
    expect(matches('(.*)*x', 'y'.repeat(5000))).toBe(false);
  });

  // Each row is what Pattern.compile(p).matcher(name).matches() answers in Java (whole-name match).
  const JAVA: [pattern: string, name: string, matches: boolean][] = [
    ['orders-.*', 'orders-eu', true],
    ['orders-.*', 'orders-', true],
    ['orders-.*', 'orders', false],
    ['orders-.*', 'my-orders-eu', false],
    ['(orders|payments)\\..*', 'payments.eu', true],
    ['(orders|payments)\\..*', 'orders.x', true],
    ['(orders|payments)\\..*', 'ordersx', false],
    ['[a-c]+-\\d{2}', 'abc-12', true],
    ['[a-c]+-\\d{2}', 'abc-123', false],
    ['[a-c]+-\\d{2}', 'abd-12', false],
    ['topic-[^0-9]+', 'topic-abc', true],
    ['topic-[^0-9]+', 'topic-a1', false],
    ['a{2,3}', 'aa', true],
    ['a{2,3}', 'aaa', true],
    ['a{2,3}', 'aaaa', false],
    ['a{2,3}', 'a', false],
    ['a{2,}', 'aaaaaa', true],
    ['a{0}b', 'b', true],
    ['.*?-dlq', 'orders-dlq', true],
    ['.+?', '', false],
    ['\\w+\\.v\\d+', 'user_events.v2', true],
    ['\\w+\\.v\\d+', 'user-events.v2', false],
    ['^logs_.*$', 'logs_app', true],
    ['(?:a|b)*c?', '', true],
    ['(?:a|b)*c?', 'ababc', true],
    ['(?:a|b)*c?', 'abca', false],
    ['[\\w.-]+', 'a.b-c_d', true],
    ['[\\-a]+', '-a-', true],
    ['[]a]+', ']a', true],
    ['[a-]+', 'a-', true],
    ['[\\D]+', 'abc', true],
    ['[\\D]+', 'a1', false],
    ['x|', '', true],
    ['x|', 'x', true],
    ['\\bfoo\\b', 'foo', true],
    ['(?<region>eu|us)-orders', 'us-orders', true],
    ['orders', 'Orders', false],
    ['\\x41b', 'Ab', true],
  ];
  it.each(JAVA)('%s against %s: %s, as in Java', (pattern, name, expected) => {
    expect(matches(pattern, name)).toBe(expected);
  });

  it('refuses what RE2J refuses, saying that Kafka does not support it', () => {
    expect(refusal('(a)\\1')).toMatch(/backreferences .*RE2J \(KIP-848\)/);
    expect(refusal('foo(?=bar)')).toMatch(/lookahead .*lookaround/);
    expect(refusal('(?<!x)y')).toMatch(/lookbehind .*lookaround/);
    expect(refusal('a*+')).toMatch(/possessive .*RE2J/);
    expect(refusal('(?>a)')).toMatch(/atomic .*RE2J/);
    // RE2J's repeat limit is 1000.
    expect(refusal('a{1001}')).toMatch(/invalid repeat count/);
  });

  it('says why an invalid pattern is invalid, in java.util.regex words', () => {
    expect(refusal('(abc')).toMatch(/^Unclosed group/);
    expect(refusal('abc)')).toMatch(/^Unmatched closing '\)'/);
    expect(refusal('*a')).toMatch(/^Dangling meta character '\*'/);
    expect(refusal('a**')).toMatch(/^Dangling meta character '\*'/);
    expect(refusal('[z-a]')).toMatch(/^Illegal character range/);
    expect(refusal('[abc')).toMatch(/^Unclosed character class/);
    expect(refusal('a{')).toMatch(/^Illegal repetition/);
    expect(refusal('\\q')).toMatch(/^Illegal\/unsupported escape sequence/);
    // 1000 x 1000 copies would be a million instructions: refused rather than built.
    expect(refusal('(a{1000}){1000}')).toMatch(/too large/);
  });
});
