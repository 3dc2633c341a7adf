// `--export` and `--out`: the design as what building it on real Kafka takes, printed or written as files.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  clientPropertiesText,
  clientPropertyBlocks,
  composeFile,
  topicsScript,
  type PipelineDocument,
} from '../engine';
import { EXPORT_KINDS, type ExportKind } from './args';

/** One export as one text, for standard output. */
export function exportText(doc: PipelineDocument, kind: ExportKind): string {
  if (kind === 'topics') return topicsScript(doc);
  if (kind === 'properties') return clientPropertiesText(doc);
  return composeFile(doc);
}

interface ExportFile {
  name: string;
  text: string;
  /** topics.sh runs as a script. */
  mode: number;
}

function filesOf(doc: PipelineDocument, kind: ExportKind): ExportFile[] {
  if (kind === 'topics') return [{ name: 'topics.sh', text: topicsScript(doc), mode: 0o755 }];
  if (kind === 'compose') return [{ name: 'compose.yaml', text: composeFile(doc), mode: 0o644 }];
  return clientPropertyBlocks(doc).map((b) => ({
    name: `${b.fileStem}.properties`,
    text: b.text,
    mode: 0o644,
  }));
}

/**
 * mkdir -p, one level at a time: Node's `recursive: true` never returns on a path under /proc (each mkdir there
 * says ENOENT while every parent exists), so a missing parent is made once and a second failure is the answer.
 */
function makeDir(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (!statSync(dir).isDirectory())
        throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      return;
    }
    if (code !== 'ENOENT' || dirname(dir) === dir) throw e;
    makeDir(dirname(dir));
    mkdirSync(dir);
  }
}

/** Why a directory cannot be written, in words beside the error code. */
const WHY: Readonly<Record<string, string>> = {
  ENOENT: 'a directory on the way does not exist and cannot be made',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

export type Written = { ok: true; files: string[] } | { ok: false; reason: string };

/** Writes the export (every kind when `kind` is undefined) into `dir`, made if missing; the paths written, or why not. */
export function writeExports(doc: PipelineDocument, kind: ExportKind | undefined, dir: string): Written {
  const files = (kind ? [kind] : EXPORT_KINDS).flatMap((k) => filesOf(doc, k));
  const written: string[] = [];
  try {
    makeDir(dir);
    for (const f of files) {
      const path = join(dir, f.name);
      writeFileSync(path, f.text, { mode: f.mode });
      written.push(path);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const why = WHY[code] ? `${WHY[code]} (${code})` : code;
    return {
      ok: false,
      reason: `cannot write to ${dir}: ${why}${written.length ? ` (wrote ${written.length} file(s) first)` : ''}`,
    };
  }
  return { ok: true, files: written };
}
