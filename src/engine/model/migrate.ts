// Brings a document of an older version up to the current one, one version step at a time.
import { DOCUMENT_VERSION } from './documentFormat';

type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n document into version n+1. Version 1 is the first. */
const MIGRATIONS: Record<number, Step> = {};

export function migrate(
  doc: Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | { ok: false; errors: string[] } {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, errors: ['version: must be a whole number >= 1'] };
  if (version > DOCUMENT_VERSION)
    return {
      ok: false,
      errors: [
        `version: ${version} is newer than this Franz understands (it reads up to version ${DOCUMENT_VERSION})`,
      ],
    };
  let value = doc;
  for (let v = version; v < DOCUMENT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, errors: [`version: no migration from version ${v}`] };
    value = step(value);
  }
  return { ok: true, value };
}
