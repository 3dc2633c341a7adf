// A design in a link: its JSON without the settings at their defaults, deflated (CompressionStream 'deflate-raw') and
// base64url-encoded, after `#design=`. The fragment never reaches a server.
import { withoutDefaults, type PipelineDocument } from '../../engine';
import { fromBase64url, toBase64url } from './base64url';
import { readDesign, type DesignResult } from './readDesign';

export const HASH_PREFIX = '#design=';
/** The longest link payload opened; longer ones are refused before any decoding. */
export const MAX_LINK_CHARS = 200_000;
/** The most a payload may inflate to (a small link must not unpack into gigabytes). */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;

class TooLarge extends Error {}

const BROKEN = 'the link is broken (it does not decode; was it cut short when copied?)';

export async function encodeDesign(doc: PipelineDocument): Promise<string> {
  const stream = new Blob([JSON.stringify(withoutDefaults(doc))])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The payload of a `#design=` hash, or null when the hash is not a design link. */
export function designPayload(hash: string): string | null {
  return hash.startsWith(HASH_PREFIX) ? hash.slice(HASH_PREFIX.length) : null;
}

export async function decodeDesign(payload: string): Promise<DesignResult> {
  if (payload.length > MAX_LINK_CHARS)
    return {
      ok: false,
      reason: `the link is too long (${payload.length.toLocaleString('en')} characters; at most ${MAX_LINK_CHARS.toLocaleString('en')} are opened)`,
    };
  const bytes = fromBase64url(payload);
  if (!bytes || bytes.length === 0) return { ok: false, reason: BROKEN };
  let text: string;
  try {
    text = await inflate(bytes);
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: 'the design in the link is larger than 2 MB' };
    return { ok: false, reason: BROKEN };
  }
  return readDesign(text);
}

async function inflate(bytes: Uint8Array): Promise<string> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_INFLATED_BYTES) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
}
