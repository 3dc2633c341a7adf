import { safeFileStem, downloadText } from './exportDesign';

/** A kept text's file: `<name>.franz.json` when it is JSON (a newer Franz can import it), else `.txt`. */
export function backupFileName(name: string, text: string): string {
  try {
    JSON.parse(text);
    return `${safeFileStem(name)}.franz.json`;
  } catch {
    return `${safeFileStem(name)}.txt`;
  }
}

/** Downloads a kept design as the raw text it was saved as, even when it does not read as a design. */
export function downloadBackup(name: string, text: string): void {
  const fileName = backupFileName(name, text);
  downloadText(fileName, text, fileName.endsWith('.json') ? 'application/json' : 'text/plain');
}
