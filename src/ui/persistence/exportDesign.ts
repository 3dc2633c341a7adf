import type { PipelineDocument } from '../../engine';

/** `<name>.franz.json`, with the name made safe for every file system. */
export function designFileName(doc: PipelineDocument): string {
  const safe = doc.name
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 100);
  return `${safe || 'pipeline'}.franz.json`;
}

/** The document as people read it: pretty JSON, ending in a newline. */
export function designJson(doc: PipelineDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Downloads the design as a JSON file. */
export function downloadDesign(doc: PipelineDocument): void {
  const url = URL.createObjectURL(new Blob([designJson(doc)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = designFileName(doc);
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
