import type { FranzStore } from '../../store/store';
import { keepBackup, type Backup } from './backups';
import { designInBackup } from './designInBackup';
import type { DesignStorage } from './pageEnv';
import { writeSavedDesign } from './savedDesign';

/**
 * Opens a kept design in place of the current one, which is kept in its turn, so a restore loses nothing
 * either. Returns whether it restored.
 */
export function restoreBackup(
  store: FranzStore,
  backup: Backup,
  storage: DesignStorage | null,
  now?: () => Date,
): boolean {
  const { notify, doc: mine } = store.getState();
  const design = designInBackup(backup.text);
  if (!design.ok) {
    notify('error', `“${backup.name}” cannot be opened: ${design.reason}. Download it to keep the text.`);
    return false;
  }
  const kept = keepBackup(
    storage,
    { reason: 'replaced by a restored design', name: mine.name, text: JSON.stringify(mine) },
    now,
  );
  if (!kept) {
    notify(
      'error',
      `“${backup.name}” was not restored: your design “${mine.name}” could not be kept in Recent designs (this browser’s storage is full or off). Export yours first.`,
    );
    return false;
  }
  store.getState().replaceDocument(design.doc);
  writeSavedDesign(storage, design.doc);
  const leftOut = design.leftOut
    ? ` (without ${design.leftOut} part${design.leftOut === 1 ? '' : 's'} that could not be read)`
    : '';
  notify(
    'info',
    `Restored “${design.doc.name}”${leftOut}. Your design “${mine.name}” is kept in Recent designs.`,
  );
  return true;
}
