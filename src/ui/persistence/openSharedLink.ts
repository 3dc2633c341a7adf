// Opening a design from a share link, on load and when a link is pasted into an open tab: a design that
// differs from the person's own is opened only after they say so, and theirs is kept in Recent designs.
import type { PipelineDocument } from '../../engine';
import type { FranzStore } from '../../store/store';
import { keepBackup } from './backups';
import type { PageEnv } from './pageEnv';
import { writeSavedDesign } from './savedDesign';
import { decodeDesign } from './shareLink';

export interface OpenLinkOptions {
  env: PageEnv;
  /** Whether the design on the page is the person's own (a saved one), not the example of a first visit. */
  ownDesign: boolean;
  /** What the person reads after a refusal: what is open instead. */
  instead: string;
  now?: () => Date;
}

/** Same design: the same JSON, as the autosave would write it. */
export const sameDesign = (a: PipelineDocument, b: PipelineDocument) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads the link's design and opens it: at once when the page holds no design of the person's own or the
 * same one, else after asking (the question waits in the store as `linkOffer`; the dialog answers it).
 * Resolves once the link is read, not when the question is answered.
 */
export async function openSharedLink(
  store: FranzStore,
  payload: string,
  options: OpenLinkOptions,
): Promise<void> {
  const { env, now } = options;
  const shared = await decodeDesign(payload);
  const { notify, offerLink } = store.getState();
  if (!shared.ok) {
    notify('error', `This link’s design cannot be opened: ${shared.reason}. ${options.instead}`);
    return;
  }
  const linked = shared.doc;
  const current = store.getState().doc;
  if (!options.ownDesign || sameDesign(current, linked)) {
    if (!sameDesign(current, linked)) store.getState().replaceDocument(linked);
    // Saved at once: the link has left the address, and a reload must still find this design.
    writeSavedDesign(env.storage, linked);
    notify('info', `Opened the shared design “${linked.name}”.`);
    return;
  }
  const offer = {
    sharedName: linked.name,
    currentName: current.name,
    open: () => {
      if (store.getState().linkOffer !== offer) return;
      offerLink(null);
      const mine = store.getState().doc;
      const kept = keepBackup(
        env.storage,
        { reason: 'replaced by a shared link', name: mine.name, text: JSON.stringify(mine) },
        now,
      );
      if (!kept) {
        notify(
          'error',
          `The shared design “${linked.name}” was not opened: your design “${mine.name}” could not be kept in Recent designs (this browser’s storage is full or off). Export yours first.`,
        );
        return;
      }
      store.getState().replaceDocument(linked);
      writeSavedDesign(env.storage, linked);
      notify(
        'info',
        `Opened the shared design “${linked.name}”. Your design “${mine.name}” is kept in Recent designs.`,
      );
    },
    keep: () => {
      if (store.getState().linkOffer !== offer) return;
      offerLink(null);
      notify(
        'info',
        `The shared design “${linked.name}” was not opened. Your design “${store.getState().doc.name}” is as it was.`,
      );
    },
  };
  // A newer link replaces a question still open: the person answers about the link they opened last.
  offerLink(offer);
}
