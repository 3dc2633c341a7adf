import { parseDocument, problemCount, type PipelineDocument } from '../../engine';

export type DesignResult = { ok: true; doc: PipelineDocument } | { ok: false; reason: string };

/** Errors named in a refusal; the rest are counted. */
const SHOWN_ERRORS = 3;

/**
 * Reads a design from text (a file, a link): JSON first, then the engine's own checks. A refusal says
 * what is wrong in a phrase that fits after "cannot be opened:", keeping the engine's paths.
 */
export function readDesign(text: string): DesignResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `it is not JSON (${(error as Error).message})` };
  }
  const parsed = parseDocument(value);
  if (parsed.ok) return parsed;
  const [first = 'unknown problem', ...rest] = parsed.errors;
  // Format and version problems are one clear sentence from the engine; say them as they are.
  if (first.startsWith('format:') || first.startsWith('version:')) return { ok: false, reason: first };
  const shown = [first, ...rest].slice(0, SHOWN_ERRORS).join('; ');
  const more = problemCount(parsed.errors) - SHOWN_ERRORS;
  return { ok: false, reason: `it is not a valid design: ${shown}${more > 0 ? ` (and ${more} more)` : ''}` };
}
