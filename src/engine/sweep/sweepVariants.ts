// The documents of a sweep: one copy of the design per value, each validated by the schema as an edit would be, so
// an impossible value (0 partitions) is refused with the schema's own message and the other values still run.
import { estimateDesign, MEMORY_BUDGET_BYTES, sizeRefusal } from '../model/designSize';
import type { PipelineDocument } from '../model/schema';
import { parseDocument } from '../model/validate';
import { currentValue, withSetting, type SweepPath, type SweepValue } from './sweepPath';
import { parseSweepRange } from './sweepRange';
import { parseSweepPaths } from './sweepTogether';
import type { SweepInput } from './sweepRun';

export type SweepVariant =
  { value: SweepValue; ok: true; doc: PipelineDocument } | { value: SweepValue; ok: false; error: string };

/** A list value typed like the setting it replaces: acks are text ("0", "1", "all"), partitions numbers. */
function typedLike(value: SweepValue, current: SweepValue | undefined): SweepValue {
  if (typeof current === 'string') return String(value);
  if (typeof current === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/**
 * A copy of `doc` per value with that value at `path`, or at each of `path`'s settings when it lists several (each
 * typed like its own setting; the row's value typed like the first). Refused when any of them refuses the value.
 */
export function sweepVariants(
  doc: PipelineDocument,
  path: SweepPath | readonly SweepPath[],
  values: readonly SweepValue[],
): SweepVariant[] {
  const paths: readonly SweepPath[] = Array.isArray(path) ? path : [path as SweepPath];
  const current = paths.map((p) => currentValue(doc, p));
  return values.map((raw) => {
    const value = typedLike(raw, current[0]);
    let next: PipelineDocument | string = doc;
    for (const [i, p] of paths.entries()) {
      next = withSetting(next, p, typedLike(raw, current[i]));
      if (typeof next === 'string') return { value, ok: false, error: next };
    }
    const parsed = parseDocument(next);
    return parsed.ok ? { value, ok: true, doc: parsed.doc } : { value, ok: false, error: parsed.errors[0]! };
  });
}

/**
 * `nodes.orders.partitions=3..48`, or several settings joined by commas that take the same values
 * (`nodes.telemetry.partitions,nodes.analytics.consumers=1..8`): the paths, the values and their documents, or what
 * is wrong with the text.
 */
export function parseSweep(
  doc: PipelineDocument,
  text: string,
): { paths: SweepPath[]; variants: SweepVariant[] } | string {
  const at = text.indexOf('=');
  if (at < 0) return `"${text}": expected <setting>=<values>, e.g. nodes.orders.partitions=3..48`;
  const paths = parseSweepPaths(doc, text.slice(0, at));
  if (typeof paths === 'string') return paths;
  const values = parseSweepRange(text.slice(at + 1));
  if (typeof values === 'string') return values;
  return { paths, variants: sweepVariants(doc, paths, values) };
}

/**
 * What a sweep runs: each variant's design, or why it does not run: the schema's refusal, or a design over the memory
 * budget for a run of `durationMs` (refused before any run, as `npm run simulate` refuses one design).
 */
export function sweepInputs(
  variants: readonly SweepVariant[],
  durationMs: number,
  memoryBytes: number = MEMORY_BUDGET_BYTES,
): SweepInput[] {
  return variants.map((v) => {
    if (!v.ok) return { value: v.value, doc: null, error: v.error };
    const tooBig = sizeRefusal(estimateDesign(v.doc, { durationMs }), memoryBytes);
    return tooBig ? { value: v.value, doc: null, error: tooBig } : { value: v.value, doc: v.doc };
  });
}
