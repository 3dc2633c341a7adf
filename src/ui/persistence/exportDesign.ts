import type { PipelineDocument } from '../../engine';

/** What a file is called when the design's name leaves nothing of itself (only spaces and signs). */
export const FALLBACK_FILE_STEM = 'franz-design';

/**
 * The design's name as a file name every file system and shell takes: lower-case, each run of anything but
 * letters and digits one '-', no '-' at either end, at most 100 characters ("Five sources, four sinks, one log"
 * is five-sources-four-sinks-one-log). Letters of any script stay, so a name in Greek keeps its words.
 */
export function safeFileStem(name: string): string {
  const slug = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return slug(slug(name.normalize('NFC').toLowerCase()).slice(0, 100)) || FALLBACK_FILE_STEM;
}

/** `<name>.franz.json`, with the name made safe for every file system. */
export function designFileName(doc: PipelineDocument): string {
  return `${safeFileStem(doc.name)}.franz.json`;
}

/** The document as people read it: pretty JSON, ending in a newline. */
export function designJson(doc: PipelineDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Downloads the design as a JSON file. */
export function downloadDesign(doc: PipelineDocument): void {
  downloadText(designFileName(doc), designJson(doc), 'application/json');
}

/** Downloads text as a file of this name. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
