import { decodeDesignBytes, designFileSizeRefusal, MAX_DESIGN_FILE_BYTES } from '../../engine';
import type { FranzStore } from '../../store/store';
import { keepBackup } from './backups';
import type { DesignStorage } from './designStorage';
import { readDesign } from './readDesign';

/** The largest design file Import reads: the engine's limit, the same as the CLI's. */
export const MAX_IMPORT_BYTES = MAX_DESIGN_FILE_BYTES;

/** What Import needs of a File. */
export interface DesignFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Replaces the design with the one in `file`, or says why not and leaves the design as it was.
 * The design it replaces is kept in Recent designs (an import empties undo). Returns whether it imported.
 */
export async function importDesignFile(
  store: FranzStore,
  file: DesignFile,
  storage: DesignStorage | null,
): Promise<boolean> {
  const { notify, replaceDocument } = store.getState();
  const refuse = (reason: string) => {
    notify('error', `Cannot import ${file.name}: ${reason}. Your design is unchanged.`);
    return false;
  };
  const tooLarge = designFileSizeRefusal(file.size);
  if (tooLarge) return refuse(tooLarge);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return refuse(`it could not be read (${(error as Error).message})`);
  }
  // The engine's decoder, as the CLI's: UTF-8 with or without a byte-order mark, or UTF-16 with one.
  const decoded = decodeDesignBytes(bytes);
  if (!decoded.ok) return refuse(decoded.reason);
  const result = readDesign(decoded.text);
  if (!result.ok) return refuse(result.reason);
  const current = store.getState().doc;
  const text = JSON.stringify(current);
  if (text !== JSON.stringify(result.doc))
    keepBackup(storage, { reason: `replaced by the imported file ${file.name}`, name: current.name, text });
  replaceDocument(result.doc);
  notify('info', `Imported “${result.doc.name}” from ${file.name}.`);
  return true;
}
