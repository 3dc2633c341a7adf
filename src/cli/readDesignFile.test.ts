// The CLI reads what the app's Import reads, and refuses what Import refuses, with the same words.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import example from '../../examples/article-pipeline.json';
import { MAX_DESIGN_FILE_BYTES } from '../engine';
import { createFranzStore } from '../store/store';
import { importDesignFile } from '../ui/persistence/importDesign';
import { readDesign } from '../ui/persistence/readDesign';
import { readDesignFile } from './readDesignFile';

const scratch = mkdtempSync(join(tmpdir(), 'franz-read-design-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}

const TEXT = JSON.stringify({ ...example, name: 'Zürich → 🚀' });
const utf8 = new TextEncoder().encode(TEXT);
const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
function utf16(littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + TEXT.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < TEXT.length; i++) {
    const u = TEXT.charCodeAt(i);
    out[2 + 2 * i] = littleEndian ? u & 0xff : u >> 8;
    out[3 + 2 * i] = littleEndian ? u >> 8 : u & 0xff;
  }
  return out;
}
const invalid = new Uint8Array([...new TextEncoder().encode('{"name": "'), 0xc3, 0x28, 0x22, 0x7d]);
const tooLarge = new Uint8Array(MAX_DESIGN_FILE_BYTES + 1).fill(0x20);

/** What the CLI makes of the bytes: the design's name, or its refusal. */
function cli(name: string, bytes: Uint8Array): string {
  const read = readDesignFile(file(name, bytes));
  if (!read.ok) return `refused: ${read.reason}`;
  const design = readDesign(read.text);
  return design.ok ? design.doc.name : `refused: ${design.reason}`;
}

/** What the app's Import makes of the same bytes: the design's name, or its refusal. */
async function app(name: string, bytes: Uint8Array): Promise<string> {
  const store = createFranzStore();
  const imported = await importDesignFile(
    store,
    {
      name,
      size: bytes.length,
      arrayBuffer: async () => bytes.slice().buffer,
    },
    null,
  );
  const { doc, notice } = store.getState();
  if (imported) return doc.name;
  const reason = /^Cannot import [^:]+: (.*)\. Your design is unchanged\.$/.exec(notice!.text)![1]!;
  return `refused: ${reason}`;
}

describe('the CLI and the app read the same bytes the same way', () => {
  it.each([
    ['UTF-8', utf8, 'Zürich → 🚀'],
    ['UTF-8 with a byte-order mark', withBom, 'Zürich → 🚀'],
    ['UTF-16LE with its mark', utf16(true), 'Zürich → 🚀'],
    ['UTF-16BE with its mark', utf16(false), 'Zürich → 🚀'],
    ['bytes that are not UTF-8', invalid, 'refused: it is not UTF-8 text (invalid byte 0x28 at byte 11)'],
    ['a file of 2 MiB + 1 byte', tooLarge, 'refused: it is 2.1 MB, and a design file may be at most 2 MB'],
  ])('%s', async (label, bytes, expected) => {
    const name = `${label.replace(/\W+/g, '-')}.json`;
    expect(cli(name, bytes)).toBe(expected);
    expect(await app(name, bytes)).toBe(expected);
  });
});

describe('readDesignFile refuses what is not a regular file, before reading a byte', () => {
  it('/dev/zero (which never ends)', () => {
    expect(readDesignFile('/dev/zero')).toEqual({
      ok: false,
      reason: 'it is a character device, not a design file',
    });
  });

  it('a directory', () => {
    expect(readDesignFile(scratch)).toEqual({ ok: false, reason: 'it is a directory, not a design file' });
  });

  it('a named pipe nobody writes to (opening it would wait for ever)', () => {
    const fifo = join(scratch, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(readDesignFile(fifo)).toEqual({ ok: false, reason: 'it is a named pipe, not a design file' });
  });

  it('a file that does not exist, by its error code', () => {
    expect(readDesignFile(join(scratch, 'none.json'))).toEqual({ ok: false, reason: 'ENOENT' });
  });

  it('reads a file of exactly 2 MiB', () => {
    const padded = new Uint8Array(MAX_DESIGN_FILE_BYTES).fill(0x20);
    padded.set(utf8);
    const read = readDesignFile(file('exactly-2-mib.json', padded));
    expect(read.ok && read.text.length).toBe(TEXT.length + MAX_DESIGN_FILE_BYTES - utf8.length);
  });
});
