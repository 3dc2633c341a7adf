import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { parseDocument } from '../../engine';
import { toBase64url } from './base64url';
import { decodeDesign, designPayload, encodeDesign, MAX_LINK_CHARS } from './shareLink';

const exampleDoc = () => {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.doc;
};

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe('share links', () => {
  it('round-trip a design through a short, URL-safe payload', async () => {
    const doc = exampleDoc();
    const payload = await encodeDesign(doc);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(JSON.stringify(doc).length / 2);
    expect(await decodeDesign(payload)).toEqual({ ok: true, doc });
  });

  it('find the payload only in a #design= hash', () => {
    expect(designPayload('#design=abc')).toBe('abc');
    expect(designPayload('#other=abc')).toBeNull();
    expect(designPayload('')).toBeNull();
  });

  it('refuse a payload that is too long before decoding it', async () => {
    expect(await decodeDesign('A'.repeat(MAX_LINK_CHARS + 1))).toEqual({
      ok: false,
      reason: 'the link is too long (200,001 characters; at most 200,000 are opened)',
    });
  });

  it('refuse a broken payload: not base64url, or cut short', async () => {
    const broken = {
      ok: false,
      reason: 'the link is broken (it does not decode; was it cut short when copied?)',
    };
    expect(await decodeDesign('not base64!')).toEqual(broken);
    const payload = await encodeDesign(exampleDoc());
    for (const cut of [1, 2, 3, 4])
      expect(await decodeDesign(payload.slice(0, payload.length / 2 + cut))).toEqual(broken);
  });

  it('refuse a payload that unpacks to more than 2 MB', async () => {
    expect(await decodeDesign(await deflate(' '.repeat(3 * 1024 * 1024)))).toEqual({
      ok: false,
      reason: 'the design in the link is larger than 2 MB',
    });
  });

  it('refuse a design of a version this Franz does not know, in the engine’s words', async () => {
    expect(await decodeDesign(await deflate(JSON.stringify({ ...example, version: 3 })))).toEqual({
      ok: false,
      reason: 'version: 3 is newer than this Franz understands (it reads up to version 1)',
    });
  });
});
