// A lesson's own link: the page's address with `#lesson=<id>` (for example `#lesson=L4`). It stays in the address
// while the lesson is open, so the address is the link to share; leaving the lesson takes it away.
import { withoutHash } from '../persistence/pageEnv';

const PREFIX = '#lesson=';

/** The lesson id a link asks for; null when the address is not a lesson link. */
export function lessonIdInLink(url: string): string | null {
  const hash = url.slice(withoutHash(url).length);
  if (!hash.startsWith(PREFIX)) return null;
  return decodeURIComponent(hash.slice(PREFIX.length)).trim();
}

export function lessonLink(url: string, id: string): string {
  return `${withoutHash(url)}${PREFIX}${encodeURIComponent(id)}`;
}
