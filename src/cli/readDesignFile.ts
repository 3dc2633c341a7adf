// Reads a design file for the CLI as the app's Import does: a regular file of at most 2 MB, decoded the same way.
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { decodeDesignBytes, designFileSizeRefusal, MAX_DESIGN_FILE_BYTES } from '../engine';

export type DesignText = { ok: true; text: string } | { ok: false; reason: string };

/** What a path is when it is not a regular file, in a person's words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refusal(stats: Stats): string | null {
  if (!stats.isFile()) return `it is ${kindOf(stats)}, not a design file`;
  return designFileSizeRefusal(stats.size);
}

/**
 * The text of the design at `path`, or why it cannot be read: a missing file gives its error code (ENOENT),
 * anything but a regular file (/dev/zero, a directory, a pipe) is refused before a byte is read, and a file over
 * the limit is refused by its size; at most MAX_DESIGN_FILE_BYTES + 1 bytes are ever read, so a file that grows
 * while it is read is refused too.
 */
export function readDesignFile(path: string): DesignText {
  let fd: number;
  try {
    // Opening a named pipe would wait for a writer: what the path is is asked before it is opened.
    const refused = refusal(statSync(path));
    if (refused) return { ok: false, reason: refused };
    fd = openSync(path, 'r');
  } catch (e) {
    return { ok: false, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  try {
    // Asked again of the file opened, in case the path was swapped in between.
    const refused = refusal(fstatSync(fd));
    if (refused) return { ok: false, reason: refused };
    const buffer = new Uint8Array(MAX_DESIGN_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) return { ok: false, reason: designFileSizeRefusal(length)! };
    }
    return decodeDesignBytes(buffer.subarray(0, length));
  } catch (e) {
    return { ok: false, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  } finally {
    closeSync(fd);
  }
}
