// The values a sweep runs, from the text a person types: `3..48` doubles from 3 up to 48 (3, 6, 12, 24, 48: the
// questions are about orders of magnitude, and every integer would be 46 runs), `3..48:3` steps by 3, `1,2,4` or
// `0,1,all` lists them. Not a Kafka class.
import type { SweepValue } from './sweepPath';

/** The most values one sweep runs: each is a whole simulation. */
export const MAX_SWEEP_VALUES = 50;

export const SWEEP_RANGE_HELP =
  'a..b doubles from a up to b (3..48 is 3, 6, 12, 24, 48; b is always run), a..b:s steps by s, or a list: 1,2,4 or 0,1,all';

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function listValue(text: string): SweepValue {
  if (NUMBER.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

/** The values of a range, or what is wrong with it. */
export function parseSweepRange(text: string): SweepValue[] | string {
  const trimmed = text.trim();
  const range = /^(-?\d+(?:\.\d+)?)\.\.(-?\d+(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?$/.exec(trimmed);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    const step = range[3] === undefined ? null : Number(range[3]);
    if (to < from) return `range "${trimmed}": the end ${to} is below the start ${from}`;
    if (step === null && from <= 0)
      return `range "${trimmed}": doubling needs a start above 0 (or give a step: ${from}..${to}:1)`;
    if (step !== null && step <= 0) return `range "${trimmed}": the step must be above 0`;
    const values: number[] = [];
    for (let v = from; v < to && values.length <= MAX_SWEEP_VALUES; v = step === null ? v * 2 : v + step)
      values.push(Number(v.toPrecision(12)));
    values.push(to);
    return values.length > MAX_SWEEP_VALUES ? tooMany(trimmed) : values;
  }
  const items = trimmed.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) return `"${trimmed}" is not a range: ${SWEEP_RANGE_HELP}`;
  if (items.length > MAX_SWEEP_VALUES) return tooMany(trimmed);
  return items.map(listValue);
}

function tooMany(text: string): string {
  return `range "${text}" has more than ${MAX_SWEEP_VALUES} values: each is a whole run; take a larger step`;
}
