import type { FranzStore } from '../../store/store';
import { readDesign } from './readDesign';

/** The largest design file Import reads. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** What Import needs of a File. */
export interface DesignFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** Rounded up, so a file just over the limit does not read as exactly at it. */
const megabytes = (bytes: number) => (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);

/**
 * Replaces the design with the one in `file`, or says why not and leaves the design as it was.
 * Returns whether it imported.
 */
export async function importDesignFile(store: FranzStore, file: DesignFile): Promise<boolean> {
  const { notify, replaceDocument } = store.getState();
  const refuse = (reason: string) => {
    notify('error', `Cannot import ${file.name}: ${reason}. Your design is unchanged.`);
    return false;
  };
  if (file.size > MAX_IMPORT_BYTES)
    return refuse(`it is ${megabytes(file.size)} MB, and a design file may be at most 2 MB`);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return refuse(`it could not be read (${(error as Error).message})`);
  }
  const result = readDesign(text);
  if (!result.ok) return refuse(result.reason);
  replaceDocument(result.doc);
  notify('info', `Imported “${result.doc.name}” from ${file.name}.`);
  return true;
}
