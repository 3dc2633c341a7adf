import { describe, expect, it } from 'vitest';
import {
  describeValue,
  humanBytes,
  humanDuration,
  keysToLines,
  linesToKeys,
  numberText,
  optionalText,
  parseNumberText,
} from './values';

describe('number text', () => {
  it('reads what a person types, and says when it is not a number', () => {
    expect(parseNumberText(' 500 ', false)).toEqual({ ok: true, value: 500 });
    expect(parseNumberText('-5', false)).toEqual({ ok: true, value: -5 });
    expect(parseNumberText('0.25', false)).toEqual({ ok: true, value: 0.25 });
    expect(parseNumberText('12abc', false)).toEqual({ ok: false, error: 'must be a number' });
    expect(parseNumberText('-', false)).toEqual({ ok: false, error: 'must be a number' });
  });

  it('treats an empty input as null where the setting allows none (an unlimited processing rate)', () => {
    expect(parseNumberText('', true)).toEqual({ ok: true, value: null });
    expect(parseNumberText('  ', false)).toEqual({ ok: false, error: 'enter a number' });
    expect(numberText(null)).toBe('');
    expect(numberText(1200)).toBe('1200');
  });
});

describe('the keys textarea', () => {
  it('is one key per line, blank lines dropped', () => {
    expect(linesToKeys('alice\r\nbob\n\ncarol\n')).toEqual(['alice', 'bob', 'carol']);
    expect(keysToLines(['alice', 'bob'])).toBe('alice\nbob');
    expect(linesToKeys(keysToLines(['k 1', 'k-2']))).toEqual(['k 1', 'k-2']);
  });
});

describe('optional text', () => {
  it('stores empty text as "not set"', () => {
    expect(optionalText('', null)).toBeNull();
    expect(optionalText('  ', undefined)).toBeUndefined();
    expect(optionalText('orders.*', null)).toBe('orders.*');
  });
});

describe('how defaults read', () => {
  it('adds a readable duration or size to long raw numbers', () => {
    expect(describeValue(500)).toBe('500');
    expect(describeValue(5, 'ms')).toBe('5 ms');
    expect(describeValue(300_000, 'ms')).toBe('300000 ms (5 min)');
    expect(describeValue(604_800_000, 'ms')).toBe('604800000 ms (7 days)');
    expect(describeValue(1_073_741_824, 'bytes')).toBe('1073741824 bytes (1 GiB)');
    expect(describeValue(16384, 'bytes')).toBe('16384 bytes (16 KiB)');
    expect(describeValue(-1, 'bytes')).toBe('-1 (unlimited)');
    expect(describeValue('range')).toBe('range');
  });

  it('names whole units only', () => {
    expect(humanDuration(45_000)).toBe('45 s');
    expect(humanDuration(3_600_000)).toBe('1 hour');
    expect(humanDuration(1500)).toBe('1500 ms');
    expect(humanBytes(1000)).toBe('1000 bytes');
  });
});
