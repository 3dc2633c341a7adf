import type { PipelineDocument } from '../../engine';
import { readDesign } from './readDesign';
import { repairDesign } from './repairDesign';

export type BackupDesign =
  { ok: true; doc: PipelineDocument; leftOut: number } | { ok: false; reason: string };

/** The design a kept text opens as: as it is, else what can be repaired of it, else why not. */
export function designInBackup(text: string): BackupDesign {
  const read = readDesign(text);
  if (read.ok) return { ok: true, doc: read.doc, leftOut: 0 };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: read.reason };
  }
  const repaired = repairDesign(value);
  if (!repaired.ok) return { ok: false, reason: read.reason };
  const { doc, dropped, reset } = repaired.repaired;
  return { ok: true, doc, leftOut: dropped.length + reset.length };
}
