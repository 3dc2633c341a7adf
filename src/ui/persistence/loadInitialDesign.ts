import { parseDocument, type PipelineDocument } from '../../engine';
import type { FranzStore } from '../../store/store';
import { browserEnv, withoutHash, type PageEnv } from './pageEnv';
import { readSavedDesign, writeSavedDesign } from './savedDesign';
import { decodeDesign, designPayload } from './shareLink';

function parseExample(example: unknown): PipelineDocument {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(`the built-in example is invalid: ${parsed.errors.join('; ')}`);
  return parsed.doc;
}

/**
 * The design the page opens with: a share link in the address, else the autosaved design, else the
 * example. A link that cannot be opened is refused with the reason, and the page opens as without it.
 * The link leaves the address once read, so a reload opens the autosave (where the link's design now is).
 */
export async function loadInitialDesign(
  store: FranzStore,
  example: unknown,
  env: PageEnv = browserEnv(),
): Promise<void> {
  const { replaceDocument, notify } = store.getState();
  const url = env.url();
  const payload = designPayload(url.slice(withoutHash(url).length));
  if (payload === null) {
    replaceDocument(readSavedDesign(env.storage) ?? parseExample(example));
    return;
  }
  env.replaceUrl(withoutHash(url));
  const shared = await decodeDesign(payload);
  if (shared.ok) {
    // Saved at once: the link has left the address, and a reload must still find this design.
    writeSavedDesign(env.storage, shared.doc);
    replaceDocument(shared.doc);
    notify('info', `Opened the shared design “${shared.doc.name}”.`);
    return;
  }
  const saved = readSavedDesign(env.storage);
  replaceDocument(saved ?? parseExample(example));
  const instead = saved ? 'Your saved design is open instead.' : 'The example is open instead.';
  notify('error', `This link’s design cannot be opened: ${shared.reason}. ${instead}`);
}
