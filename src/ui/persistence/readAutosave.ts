// The autosave as it is found on load: a design, a design repaired from a partly unreadable save, or a
// save that cannot be opened at all. Whatever is not opened as it was is first kept in Recent designs,
// so that the first edit (which autosaves) never overwrites the only copy.
import { DOCUMENT_VERSION, type PipelineDocument } from '../../engine';
import { keepBackup, nameInText } from './backups';
import type { DesignStorage } from './pageEnv';
import { readDesign } from './readDesign';
import { repairDesign } from './repairDesign';
import { AUTOSAVE_KEY } from './savedDesign';

/** A saved design that did not open as it was: the person is told, and may download the text. */
export interface AutosaveProblem {
  /** The saved text as it was. */
  text: string;
  /** The name it is kept under in Recent designs. */
  name: string;
  /** What the person reads: what was wrong, what opened instead, where the text is kept. */
  message: string;
}

export interface AutosaveRead {
  doc: PipelineDocument | null;
  problem: AutosaveProblem | null;
}

/** At most this many dropped or reset parts are named in the message; the rest are counted. */
const NAMED_PARTS = 4;

function listed(parts: string[]): string {
  const named = parts.slice(0, NAMED_PARTS).join('; ');
  return parts.length > NAMED_PARTS ? `${named}; and ${parts.length - NAMED_PARTS} more` : named;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function newerVersion(text: string): number | null {
  try {
    const value: unknown = JSON.parse(text);
    const version = (value as { version?: unknown } | null)?.version;
    return typeof version === 'number' && version > DOCUMENT_VERSION ? version : null;
  } catch {
    return null;
  }
}

/**
 * Reads the autosave. `doc` is what to open (null: nothing usable, open the example); `problem` is set
 * when the saved text did not open as it was, after it was kept in Recent designs.
 */
export function readAutosave(storage: DesignStorage | null, now?: () => Date): AutosaveRead {
  let text: string | null;
  try {
    text = storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return { doc: null, problem: null };
  }
  if (text === null) return { doc: null, problem: null };
  const read = readDesign(text);
  if (read.ok) return { doc: read.doc, problem: null };

  const name = nameInText(text);
  const newer = newerVersion(text);
  let repaired = null;
  if (newer === null) {
    try {
      const result = repairDesign(JSON.parse(text));
      if (result.ok) repaired = result.repaired;
    } catch {
      // Not JSON: nothing to repair.
    }
  }
  const reason =
    newer !== null
      ? `from a newer Franz (version ${newer})`
      : repaired
        ? `partly unreadable: ${plural(repaired.dropped.length, 'part', 'parts')} left out, ${plural(repaired.reset.length, 'setting', 'settings')} reset`
        : `unreadable: ${read.reason}`;
  const kept = keepBackup(storage, { reason, name, text }, now);
  const where = kept
    ? 'The saved text is kept as it was in Recent designs.'
    : 'The saved text could not be kept (storage is full): download it now, the next change overwrites it.';

  if (repaired) {
    const dropped = repaired.dropped.length
      ? ` without ${plural(repaired.dropped.length, 'part', 'parts')} that could not be read: ${listed(repaired.dropped)}.`
      : '.';
    const reset = repaired.reset.length ? ` Put back to their defaults: ${listed(repaired.reset)}.` : '';
    return {
      doc: repaired.doc,
      problem: { text, name, message: `Restored your saved design “${name}”${dropped}${reset} ${where}` },
    };
  }
  const what =
    newer !== null
      ? `Your saved design “${name}” is from a newer Franz (version ${newer}; this one reads version ${DOCUMENT_VERSION}), so it was not opened.`
      : `Your saved design could not be read: ${read.reason}.`;
  return { doc: null, problem: { text, name, message: `${what} The example is open instead. ${where}` } };
}
