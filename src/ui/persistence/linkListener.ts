import type { FranzStore } from '../../store/store';
import { openSharedLink } from './openSharedLink';
import { browserEnv, withoutHash, type PageEnv } from './pageEnv';
import { designPayload } from './shareLink';

export interface LinkListener {
  stop(): void;
  /** Resolves once the last pasted link is read (and opened, or asked about, or refused). */
  settled(): Promise<void>;
}

/**
 * A share link pasted into the address of an open tab changes only the fragment: no reload, only a
 * `hashchange`. It is opened as a link opened fresh would be (asking first), and leaves the address.
 */
export function startLinkListener(
  store: FranzStore,
  env: PageEnv = browserEnv(),
  target: EventTarget = window,
  now?: () => Date,
): LinkListener {
  let handling = Promise.resolve();
  const onHashChange = () => {
    const url = env.url();
    const payload = designPayload(url.slice(withoutHash(url).length));
    if (payload === null) return;
    env.replaceUrl(withoutHash(url));
    handling = openSharedLink(store, payload, {
      env,
      ownDesign: true,
      instead: 'Your design is as it was.',
      now,
    });
  };
  target.addEventListener('hashchange', onHashChange);
  return {
    stop: () => target.removeEventListener('hashchange', onHashChange),
    settled: () => handling,
  };
}
