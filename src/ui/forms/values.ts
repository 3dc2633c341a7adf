// Field text <-> config values: what an input shows for a value, and what its text means as a value.

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A number input's text: "" is null where the setting allows none (e.g. unlimited), else a refusal. */
export function parseNumberText(text: string, nullable: boolean): Parsed<number | null> {
  const trimmed = text.trim();
  if (trimmed === '') return nullable ? { ok: true, value: null } : { ok: false, error: 'enter a number' };
  const value = Number(trimmed);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, error: 'must be a number' };
}

/** What a number input shows: null (unset, unlimited) is empty. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The keys textarea: one key per line; blank lines (a trailing newline) are not keys. */
export function linesToKeys(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');
}

export function keysToLines(values: readonly string[]): string {
  return values.join('\n');
}

/** A text input whose empty text means "not set": null or a missing key, per setting. */
export function optionalText<E extends null | undefined>(text: string, empty: E): string | E {
  return text.trim() === '' ? empty : text;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** 604800000 -> "7 days", 300000 -> "5 min", 45000 -> "45 s": how long a millisecond setting is. */
export function humanDuration(ms: number): string {
  const unit = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (ms >= DAY && ms % DAY === 0) return unit(ms / DAY, 'day', 'days');
  if (ms >= HOUR && ms % HOUR === 0) return unit(ms / HOUR, 'hour', 'hours');
  if (ms >= MINUTE && ms % MINUTE === 0) return `${ms / MINUTE} min`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}

/** 1073741824 -> "1 GiB", 16384 -> "16 KiB": binary sizes, as Kafka's defaults are. */
export function humanBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let n = bytes;
  let i = 0;
  while (n >= 1024 && n % 1024 === 0 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n} ${units[i]}`;
}

/**
 * A value as the "default ..." line shows it, with its unit, and a readable size or duration where the
 * raw number is long: 300000 ms -> "300000 ms (5 min)", 1073741824 bytes -> "1073741824 bytes (1 GiB)".
 */
export function describeValue(value: unknown, unit?: string): string {
  if (typeof value !== 'number') return String(value);
  if (value === -1 && (unit === 'ms' || unit === 'bytes')) return '-1 (unlimited)';
  const plain = unit ? `${value} ${unit}` : String(value);
  const human = unit === 'ms' ? humanDuration(value) : unit === 'bytes' ? humanBytes(value) : plain;
  return human === plain ? plain : `${plain} (${human})`;
}
