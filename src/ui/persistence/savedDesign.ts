import type { PipelineDocument } from '../../engine';
import type { DesignStorage } from './pageEnv';
import { readDesign } from './readDesign';

/** Where autosave keeps the design in localStorage. */
export const AUTOSAVE_KEY = 'franz.design';

/** The autosaved design, or null when there is none or it no longer reads as a design. */
export function readSavedDesign(storage: DesignStorage | null): PipelineDocument | null {
  let text: string | null;
  try {
    text = storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  const result = readDesign(text);
  return result.ok ? result.doc : null;
}

/** Saves the design; false when storage refused it (full, or forbidden). */
export function writeSavedDesign(storage: DesignStorage | null, doc: PipelineDocument): boolean {
  if (!storage) return false;
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(doc));
    return true;
  } catch {
    return false;
  }
}
