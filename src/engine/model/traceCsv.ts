// A rate trace from CSV: `time,recordsPerSec` rows, time in seconds from the start, into a trace profile's points
// (model/loadProfile.ts). A header line is allowed, blank lines and `#` comments are skipped; a bad row is refused
// with its line number and what is wrong, so a person can fix the file. Not a Kafka format.
import { TRACE_MAX_POINTS, TRACE_MAX_SECONDS } from './loadProfile';

export type TracePoint = [seconds: number, recordsPerSec: number];
export type TraceCsvResult = { ok: true; points: TracePoint[] } | { ok: false; error: string };

/** The most a rate may be: the same bound as a source's `rate`. */
const MAX_RATE = 50_000_000;
/** A plain decimal number: no hex, no "Infinity", no empty text (which Number() reads as 0). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** What a value was, quoted and cut short for a message. */
function shown(text: string): string {
  const cut = text.length > 20 ? `${text.slice(0, 19)}…` : text;
  return JSON.stringify(cut);
}

function unquote(field: string): string {
  const t = field.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).trim() : t;
}

export function parseTraceCsv(text: string): TraceCsvResult {
  const lines = text.split(/\r\n|\r|\n/);
  const points: TracePoint[] = [];
  let seenRow = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const at = `line ${i + 1}`;
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(',').map(unquote);
    const first = !seenRow;
    seenRow = true;
    // A header: the first row, when its time is not a number ("time,recordsPerSec", "t,rate").
    if (first && fields.length === 2 && !NUMBER.test(fields[0]!)) continue;
    if (fields.length !== 2)
      return { ok: false, error: `${at}: expected 2 values (time,recordsPerSec), got ${fields.length}` };
    const [timeText, rateText] = fields as [string, string];
    const time = Number(timeText);
    if (!NUMBER.test(timeText) || !(time >= 0))
      return { ok: false, error: `${at}: time must be a number of seconds >= 0, got ${shown(timeText)}` };
    if (time > TRACE_MAX_SECONDS)
      return { ok: false, error: `${at}: time must be <= ${TRACE_MAX_SECONDS} seconds, got ${timeText}` };
    const rate = Number(rateText);
    if (!NUMBER.test(rateText) || !(rate >= 0))
      return { ok: false, error: `${at}: recordsPerSec must be a number >= 0, got ${shown(rateText)}` };
    if (rate > MAX_RATE)
      return { ok: false, error: `${at}: recordsPerSec must be <= ${MAX_RATE}, got ${rateText}` };
    const previous = points[points.length - 1];
    if (!previous && time !== 0)
      return {
        ok: false,
        error: `${at}: the first time must be 0 (seconds from the start), got ${timeText}`,
      };
    if (previous && time <= previous[0])
      return { ok: false, error: `${at}: times must increase, got ${timeText} after ${previous[0]}` };
    if (points.length === TRACE_MAX_POINTS)
      return { ok: false, error: `${at}: a trace holds at most ${TRACE_MAX_POINTS} points` };
    points.push([time, rate]);
  }
  if (points.length === 0) return { ok: false, error: 'no rows: expected lines of time,recordsPerSec' };
  return { ok: true, points };
}

/** A trace's points back as CSV, with the header (what Import reads). */
export function traceCsvText(points: readonly (readonly [number, number])[]): string {
  return ['time,recordsPerSec', ...points.map(([t, r]) => `${t},${r}`)].join('\n') + '\n';
}

/** "1,440 points over 24 h": how long a trace runs, in seconds (its last point's time). */
export function traceSpanSeconds(points: readonly (readonly [number, number])[]): number {
  return points.length === 0 ? 0 : points[points.length - 1]![0];
}
