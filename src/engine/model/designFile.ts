// A design file's bytes to text, one way for the app's Import and the CLI, so both read the same files.

/** The largest design file Franz reads (Import and `npm run simulate`): 2 MiB. */
export const MAX_DESIGN_FILE_BYTES = 2 * 1024 * 1024;

/** Rounded up, so a file just over the limit does not read as exactly at it. */
const megabytes = (bytes: number) => (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);

/** Why a file of `size` bytes is not read, or null when it may be: the same words in the app and the CLI. */
export function designFileSizeRefusal(size: number): string | null {
  return size > MAX_DESIGN_FILE_BYTES
    ? `it is ${megabytes(size)} MB, and a design file may be at most 2 MB`
    : null;
}

export type DecodedDesign = { ok: true; text: string } | { ok: false; reason: string };

/** Code units turned into a string at a time (String.fromCharCode takes its arguments on the stack). */
const CHUNK = 8192;

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
const at = (i: number) => `byte ${i.toLocaleString('en-US')}`;

/**
 * The text of a design file: UTF-8, with or without a byte-order mark, or UTF-16 (little- or big-endian) with
 * its mark, as editors on Windows save it. Anything else that is not valid UTF-8 is refused with a reason that
 * fits after "cannot be opened:" and names the first bad byte, never echoing it.
 */
export function decodeDesignBytes(bytes: Uint8Array): DecodedDesign {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, false);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return utf8(bytes, bom ? 3 : 0);
}

/** Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. */
function utf8(bytes: Uint8Array, from: number): DecodedDesign {
  const parts: string[] = [];
  const units: number[] = [];
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b0 = bytes[i]!;
    let cp: number;
    let len: number;
    let min: number;
    if (b0 < 0x80) {
      cp = b0;
      len = 1;
      min = 0;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      cp = b0 & 0x1f;
      len = 2;
      min = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      cp = b0 & 0x0f;
      len = 3;
      min = 0x800;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      cp = b0 & 0x07;
      len = 4;
      min = 0x10000;
    } else return notUtf8(b0, i);
    if (i + len > n)
      return { ok: false, reason: `it is not UTF-8 text (it ends inside a character at ${at(i)})` };
    for (let k = 1; k < len; k++) {
      const b = bytes[i + k]!;
      if ((b & 0xc0) !== 0x80) return notUtf8(b, i + k);
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return notUtf8(b0, i);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    if (units.length >= CHUNK) flush(parts, units);
    i += len;
  }
  flush(parts, units);
  return { ok: true, text: parts.join('') };
}

function notUtf8(byte: number, i: number): DecodedDesign {
  return { ok: false, reason: `it is not UTF-8 text (invalid byte ${hex(byte)} at ${at(i)})` };
}

/** UTF-16 after its byte-order mark; an unpaired surrogate or an odd byte count is refused. */
function utf16(bytes: Uint8Array, littleEndian: boolean): DecodedDesign {
  const name = littleEndian ? 'UTF-16LE' : 'UTF-16BE';
  if (bytes.length % 2 !== 0)
    return { ok: false, reason: `it is not valid ${name} text (an odd number of bytes, ${bytes.length})` };
  const parts: string[] = [];
  const units: number[] = [];
  for (let i = 2; i < bytes.length; i += 2) {
    const u = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if (u >= 0xd800 && u <= 0xdbff) {
      const j = i + 2;
      const next =
        j + 1 < bytes.length
          ? littleEndian
            ? bytes[j]! | (bytes[j + 1]! << 8)
            : (bytes[j]! << 8) | bytes[j + 1]!
          : -1;
      if (!(next >= 0xdc00 && next <= 0xdfff)) return unpaired(name, i);
      units.push(u, next);
      i = j;
    } else if (u >= 0xdc00 && u <= 0xdfff) return unpaired(name, i);
    else units.push(u);
    if (units.length >= CHUNK) flush(parts, units);
  }
  flush(parts, units);
  return { ok: true, text: parts.join('') };
}

function unpaired(name: string, i: number): DecodedDesign {
  return { ok: false, reason: `it is not valid ${name} text (an unpaired surrogate at ${at(i)})` };
}

function flush(parts: string[], units: number[]): void {
  if (units.length === 0) return;
  parts.push(String.fromCharCode(...units));
  units.length = 0;
}
