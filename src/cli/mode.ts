// Which engine mode `npm run simulate` runs (--mode): the fluid mode (flows as rates) for long runs, the per-record
// mode for short ones, unless a person forces either; and the line on standard error that says which and why.
import { duration } from './format';

export const MODES = ['auto', 'fluid', 'record'] as const;
export type ModeChoice = (typeof MODES)[number];

/** --mode auto picks the fluid mode above this much simulated time. */
export const AUTO_FLUID_ABOVE_MS = 10 * 60_000;

export interface ChosenMode {
  mode: 'fluid' | 'record';
  /** The stderr line ("mode: fluid (...)"), or null when a short run goes per record as it always did. */
  line: string | null;
  /** Set when the fluid mode was forced on a design it cannot run. */
  refused?: string;
}

/** `refusal`: why the design needs the per-record mode (fluidRefusal), or null. */
export function chooseMode(choice: ModeChoice, durationMs: number, refusal: string | null): ChosenMode {
  if (choice === 'record') return { mode: 'record', line: 'mode: record (asked for with --mode record)' };
  if (choice === 'fluid') {
    if (refusal !== null) return { mode: 'record', line: null, refused: `--mode fluid: ${refusal}` };
    return { mode: 'fluid', line: 'mode: fluid (asked for with --mode fluid)' };
  }
  if (durationMs <= AUTO_FLUID_ABOVE_MS) return { mode: 'record', line: null };
  if (refusal !== null)
    return { mode: 'record', line: `mode: record (${duration(durationMs)}, but ${refusal})` };
  return {
    mode: 'fluid',
    line: `mode: fluid (${duration(durationMs)} of simulated time, over ${duration(AUTO_FLUID_ABOVE_MS)}; --mode record for every record)`,
  };
}
