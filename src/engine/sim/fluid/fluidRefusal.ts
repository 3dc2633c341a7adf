// What the fluid mode cannot run, said plainly: the runs it appends carry no keys or record details, so the log
// cleaner (cleanup.policy=compact), which keeps the latest record per key, and stream processors, which copy each
// record's key and timestamp to their output, need the per-record mode; so do poison records, marked one by one.
import type { PipelineDocument } from '../../model/schema';

/** Why the design needs the per-record mode, or null when the fluid mode can run it. */
export function fluidRefusal(doc: PipelineDocument): string | null {
  for (const n of doc.nodes) {
    if (n.kind === 'processor')
      return `processor "${n.name}" copies each record's key and timestamp, which the fluid mode does not keep`;
    if (n.kind === 'topic' && n.config.cleanupPolicy === 'compact')
      return `topic "${n.name}" is compacted (cleanup.policy=compact), which needs each record's key`;
    if (n.kind === 'source' && n.config.poisonShare > 0)
      return `source "${n.name}" sends poison records (poisonShare), which the fluid mode's runs of records do not mark`;
  }
  return null;
}
