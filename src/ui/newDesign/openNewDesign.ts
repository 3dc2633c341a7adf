// New: a different design in place of the current one, as one undo step. The same path as an import (the design
// it replaces is kept in Recent designs, the simulation starts over on the new one), except that the history is
// kept, so Undo brings the design before back.
import type { PipelineDocument } from '../../engine';
import type { FranzStore } from '../../store/store';
import { keepBackup } from '../persistence/backups';
import { withoutHash, type PageEnv } from '../persistence/pageEnv';

export function openNewDesign(
  store: FranzStore,
  doc: PipelineDocument,
  env: Pick<PageEnv, 'storage' | 'url' | 'replaceUrl'>,
  now?: () => Date,
): void {
  const state = store.getState();
  // A lesson open puts the person's own design back first: that is the design New replaces, and Undo restores.
  if (state.lesson) {
    state.leaveLesson();
    env.replaceUrl(withoutHash(env.url()));
  }
  const mine = store.getState().doc;
  // Undo lives only as long as the tab: Recent designs keeps the design across a reload too.
  keepBackup(env.storage, { reason: 'replaced by New', name: mine.name, text: JSON.stringify(mine) }, now);
  state.select([]);
  state.openAsStep(doc);
  state.notify('info', `Opened “${doc.name}”. Undo brings “${mine.name}” back.`);
}
