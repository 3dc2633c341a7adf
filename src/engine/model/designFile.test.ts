import { describe, expect, it } from 'vitest';
import { decodeDesignBytes, designFileSizeRefusal, MAX_DESIGN_FILE_BYTES } from './designFile';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 + 2 * i] = littleEndian ? u & 0xff : u >> 8;
    out[3 + 2 * i] = littleEndian ? u >> 8 : u & 0xff;
  }
  return out;
}

// Text with a two-byte, a three-byte and a four-byte (surrogate pair) character.
const TEXT = '{"name": "Zürich → 🚀"}';

describe('decodeDesignBytes', () => {
  it('reads UTF-8, with or without a byte-order mark (the mark is not part of the text)', () => {
    expect(decodeDesignBytes(utf8(TEXT))).toEqual({ ok: true, text: TEXT });
    expect(decodeDesignBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({
      ok: true,
      text: TEXT,
    });
  });

  it('reads UTF-16 by its byte-order mark, little- and big-endian', () => {
    expect(decodeDesignBytes(utf16(TEXT, true))).toEqual({ ok: true, text: TEXT });
    expect(decodeDesignBytes(utf16(TEXT, false))).toEqual({ ok: true, text: TEXT });
  });

  it('agrees with TextDecoder (fatal) on a long text that crosses its chunks', () => {
    const long = `{"keys": "${'aé€😀'.repeat(20_000)}"}`;
    const encoded = utf8(long);
    expect(decodeDesignBytes(encoded)).toEqual({
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(encoded),
    });
  });

  it('refuses bytes that are not UTF-8, naming the first bad byte by number, never echoing it', () => {
    expect(decodeDesignBytes(bytes(0x7b, 0x22, 0xff, 0x22, 0x7d))).toEqual({
      ok: false,
      reason: 'it is not UTF-8 text (invalid byte 0xFF at byte 2)',
    });
    // An overlong "/" (0xC0 0xAF), a UTF-8-encoded surrogate (0xED 0xA0 0x80), a cut-off character.
    expect(decodeDesignBytes(bytes(0xc0, 0xaf))).toEqual({
      ok: false,
      reason: 'it is not UTF-8 text (invalid byte 0xC0 at byte 0)',
    });
    expect(decodeDesignBytes(bytes(0x20, 0xed, 0xa0, 0x80))).toEqual({
      ok: false,
      reason: 'it is not UTF-8 text (invalid byte 0xED at byte 1)',
    });
    expect(decodeDesignBytes(bytes(0x20, 0x20, 0xe2, 0x82))).toEqual({
      ok: false,
      reason: 'it is not UTF-8 text (it ends inside a character at byte 2)',
    });
    // A continuation byte where one is due but something else came.
    expect(decodeDesignBytes(bytes(0xc3, 0x41))).toEqual({
      ok: false,
      reason: 'it is not UTF-8 text (invalid byte 0x41 at byte 1)',
    });
  });

  it('refuses broken UTF-16: an odd number of bytes, an unpaired surrogate', () => {
    expect(decodeDesignBytes(bytes(0xff, 0xfe, 0x7b, 0x00, 0x7d))).toEqual({
      ok: false,
      reason: 'it is not valid UTF-16LE text (an odd number of bytes, 5)',
    });
    expect(decodeDesignBytes(bytes(0xfe, 0xff, 0x00, 0x7b, 0xd8, 0x3d, 0x00, 0x7d))).toEqual({
      ok: false,
      reason: 'it is not valid UTF-16BE text (an unpaired surrogate at byte 4)',
    });
  });
});

describe('designFileSizeRefusal', () => {
  it('allows 2 MiB exactly and refuses a byte more, in the words Import has always used', () => {
    expect(MAX_DESIGN_FILE_BYTES).toBe(2_097_152);
    expect(designFileSizeRefusal(MAX_DESIGN_FILE_BYTES)).toBeNull();
    expect(designFileSizeRefusal(MAX_DESIGN_FILE_BYTES + 1)).toBe(
      'it is 2.1 MB, and a design file may be at most 2 MB',
    );
  });
});
