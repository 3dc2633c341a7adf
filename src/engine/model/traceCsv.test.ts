// A rate trace from CSV: rows read, and bad rows refused with their line number and what is wrong.
import { describe, expect, it } from 'vitest';
import { parseTraceCsv, traceCsvText, traceSpanSeconds } from './traceCsv';

const error = (text: string) => {
  const r = parseTraceCsv(text);
  return r.ok ? 'ok' : r.error;
};

describe('parseTraceCsv', () => {
  it('reads rows with or without a header, skipping blank lines and comments, CRLF or LF', () => {
    expect(parseTraceCsv('time,recordsPerSec\r\n0,100\r\n\r\n# night\r\n3600,20.5\r\n')).toEqual({
      ok: true,
      points: [
        [0, 100],
        [3600, 20.5],
      ],
    });
    expect(parseTraceCsv('0, 5\n1.5,"7"\n')).toEqual({
      ok: true,
      points: [
        [0, 5],
        [1.5, 7],
      ],
    });
  });

  it('refuses a bad row with its line number and what is there', () => {
    expect(error('time,recordsPerSec\n0,100\n10,200\n20,fast\n')).toBe(
      'line 4: recordsPerSec must be a number >= 0, got "fast"',
    );
    expect(error('0,100\n5,-1\n')).toBe('line 2: recordsPerSec must be a number >= 0, got "-1"');
    expect(error('0,100\nsoon,5\n')).toBe('line 2: time must be a number of seconds >= 0, got "soon"');
    expect(error('0,100\n5\n')).toBe('line 2: expected 2 values (time,recordsPerSec), got 1');
    expect(error('0,100,3\n')).toBe('line 1: expected 2 values (time,recordsPerSec), got 3');
    expect(error('0,100\n,5\n')).toBe('line 2: time must be a number of seconds >= 0, got ""');
    expect(error('0,1e9\n')).toBe('line 1: recordsPerSec must be <= 50000000, got 1e9');
  });

  it('times start at 0 and increase', () => {
    expect(error('time,rate\n5,100\n')).toBe(
      'line 2: the first time must be 0 (seconds from the start), got 5',
    );
    expect(error('0,100\n10,200\n10,300\n')).toBe('line 3: times must increase, got 10 after 10');
    expect(error('0,100\n10,200\n\n4,300\n')).toBe('line 4: times must increase, got 4 after 10');
  });

  it('a header only on the first row, and at least one row', () => {
    expect(error('0,100\ntime,rate\n')).toBe('line 2: time must be a number of seconds >= 0, got "time"');
    expect(error('time,recordsPerSec\n')).toBe('no rows: expected lines of time,recordsPerSec');
    expect(error('')).toBe('no rows: expected lines of time,recordsPerSec');
  });

  it('at most 10,000 points', () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `${i},1`).join('\n');
    expect(error(rows)).toBe('line 10001: a trace holds at most 10000 points');
    expect(parseTraceCsv(rows.split('\n').slice(0, 10_000).join('\n')).ok).toBe(true);
  });

  it('writes points back as the CSV it reads, and tells the span', () => {
    const points: [number, number][] = [
      [0, 100],
      [90, 0],
    ];
    expect(traceCsvText(points)).toBe('time,recordsPerSec\n0,100\n90,0\n');
    expect(parseTraceCsv(traceCsvText(points))).toEqual({ ok: true, points });
    expect(traceSpanSeconds(points)).toBe(90);
  });
});
