import type { PipelineDocument } from '../../engine';

/** The schema's limit on a design's name. */
export const MAX_DESIGN_NAME = 200;

export type RenameResult = { ok: true; doc: PipelineDocument } | { ok: false; reason: string };

/**
 * The design under the name typed (spaces at either end dropped), or why not: a name is needed (the header,
 * the tab and the file names show it) and has at most 200 characters. The same name gives the same document.
 */
export function renameDesign(doc: PipelineDocument, typed: string): RenameResult {
  const name = typed.trim();
  if (!name) return { ok: false, reason: `A design needs a name. It stays “${doc.name}”.` };
  if (name.length > MAX_DESIGN_NAME)
    return {
      ok: false,
      reason: `A design’s name has at most ${MAX_DESIGN_NAME} characters (this one has ${name.length}). It stays “${doc.name}”.`,
    };
  return { ok: true, doc: name === doc.name ? doc : { ...doc, name } };
}

/** What the browser tab says: the design, then the app. */
export const pageTitle = (name: string) => `${name} · Franz`;
