import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from './base64url';

describe('base64url', () => {
  it('round-trips every byte value, without padding or URL-unsafe characters', () => {
    const bytes = Uint8Array.from({ length: 256 * 3 }, (_, i) => i % 256);
    const text = toBase64url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64url(text)).toEqual(bytes);
  });

  it('refuses text that is not base64url', () => {
    expect(fromBase64url('abc+def')).toBeNull();
    expect(fromBase64url('abcde')).toBeNull();
  });
});
