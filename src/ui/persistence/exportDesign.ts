import type { PipelineDocument } from '../../engine';

/** A name made safe for every file system, or "pipeline" when nothing of it is left. */
export function safeFileStem(name: string): string {
  const safe = name
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 100);
  return safe || 'pipeline';
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
