import type { FranzStore } from '../../store/store';
import { browserEnv, withoutHash, type PageEnv } from './pageEnv';
import { encodeDesign, HASH_PREFIX, MAX_LINK_CHARS } from './shareLink';

/**
 * Puts the design in the address (`#design=…`), copies that link when the browser allows, and shows it.
 * The link stands for the design as shared: the next edit takes it out of the address again, so that
 * a reload opens the autosaved design rather than the older shared one. Returns the link, or null.
 */
export async function shareDesign(store: FranzStore, env: PageEnv = browserEnv()): Promise<string | null> {
  const { doc, notify } = store.getState();
  const payload = await encodeDesign(doc);
  if (payload.length > MAX_LINK_CHARS) {
    notify(
      'error',
      `This design is too large for a link (${payload.length.toLocaleString('en')} characters packed; a link holds ${MAX_LINK_CHARS.toLocaleString('en')}). Use Export instead.`,
    );
    return null;
  }
  const link = `${withoutHash(env.url())}${HASH_PREFIX}${payload}`;
  env.replaceUrl(link);
  let copied = false;
  try {
    if (env.clipboard) {
      await env.clipboard.writeText(link);
      copied = true;
    }
  } catch {
    // Not allowed (no permission, or the click is too long ago): the address bar holds the link.
  }
  notify(
    'info',
    // The link is long (the whole design): the notice says where it is rather than printing it.
    copied
      ? `Share link copied to the clipboard (${link.length.toLocaleString('en-US')} characters). The address bar shows it too.`
      : 'The share link is in the address bar: copy it from there to share this design.',
  );
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    unsubscribe();
    if (env.url() === link) env.replaceUrl(withoutHash(link));
  });
  return link;
}
