import { parseDocument, type PipelineDocument } from '../../engine';
import type { FranzStore } from '../../store/store';
import { openSharedLink } from './openSharedLink';
import { browserEnv, withoutHash, type PageEnv } from './pageEnv';
import { readAutosave } from './readAutosave';
import { designPayload } from './shareLink';

function parseExample(example: unknown): PipelineDocument {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(`the built-in example is invalid: ${parsed.errors.join('; ')}`);
  return parsed.doc;
}

/**
 * The design the page opens with: the autosaved design (repaired if it can be, the unreadable text kept in
 * Recent designs), else the example; then a share link in the address, opened over it after asking when
 * it would replace a different design of the person's own (see openSharedLink). Resolves when the page has
 * a design to show; a question about the link may still wait for its answer. The link leaves the address
 * once read, so a reload opens the autosave.
 */
export async function loadInitialDesign(
  store: FranzStore,
  example: unknown,
  env: PageEnv = browserEnv(),
  now?: () => Date,
): Promise<void> {
  const url = env.url();
  const payload = designPayload(url.slice(withoutHash(url).length));
  if (payload !== null) env.replaceUrl(withoutHash(url));
  const saved = readAutosave(env.storage, now);
  if (saved.problem) store.getState().setSavedDesignProblem(saved.problem);
  store.getState().replaceDocument(saved.doc ?? parseExample(example));
  if (payload === null) return;
  await openSharedLink(store, payload, {
    env,
    ownDesign: saved.doc !== null,
    instead: saved.doc ? 'Your saved design is open instead.' : 'The example is open instead.',
    now,
  });
}
