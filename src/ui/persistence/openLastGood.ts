import type { FranzStore } from '../../store/store';
import { keepBackup } from './backups';
import { readLastGood } from './lastGood';
import { browserEnv, type DesignStorage } from './pageEnv';

/**
 * "Open the last design that worked": replaces the design with the last one that drew without error. The
 * design it replaces, when different, goes to Recent designs first, so nothing is lost.
 */
export function openLastGood(
  store: FranzStore,
  storage: DesignStorage | null = browserEnv().storage,
): boolean {
  const lastGood = readLastGood(storage);
  if (!lastGood) return false;
  const { doc, renderCrash, replaceDocument, setRenderCrash, notify } = store.getState();
  const text = JSON.stringify(doc);
  const replaced = text !== JSON.stringify(lastGood);
  if (replaced) {
    const why = renderCrash
      ? `it failed to draw: ${renderCrash.message}`
      : 'replaced by the last design that worked';
    keepBackup(storage, { reason: why, name: doc.name, text });
  }
  setRenderCrash(null);
  replaceDocument(lastGood);
  notify(
    'info',
    replaced
      ? `Opened the last design that worked, “${lastGood.name}”. The one it replaced is kept in Recent designs.`
      : `Opened the last design that worked, “${lastGood.name}”.`,
  );
  return true;
}
