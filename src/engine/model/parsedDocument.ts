// What a reader that trusts its sender checks of a design: the worker takes documents only from the page, and the
// page holds nothing that did not pass `parseDocument` (every edit, import, link and saved design is parsed), so the
// schema is not run twice. This only refuses a message that is not a parsed design at all (a page of another
// version, a corrupted message), without the validation library.
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from './documentFormat';
import type { PipelineDocument } from './schema';

/** Why `value` is not a parsed design document of this version, or null when it is one. */
export function parsedDocumentProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a design document';
  const doc = value as Partial<Record<keyof PipelineDocument, unknown>>;
  if (doc.format !== DOCUMENT_FORMAT) return `format: must be "${DOCUMENT_FORMAT}"`;
  if (doc.version !== DOCUMENT_VERSION) return `version: must be ${DOCUMENT_VERSION}`;
  for (const key of ['nodes', 'edges', 'faults'] as const)
    if (!Array.isArray(doc[key])) return `${key}: must be a list`;
  if (typeof doc.cluster !== 'object' || doc.cluster === null) return 'cluster: must be an object';
  return null;
}
