// The record inspector's rows: a page of records with the marks a person reads them by placed among them, as
// kafka-consumer-groups.sh --describe and kafka-dump-log.sh would tell them apart: each group's committed offset and
// position, the high watermark, the log start, a replica's truncation, and the offsets compaction removed (gaps).
import type { RecordPage, RecordRow } from '../../engine';

export type Mark =
  | { kind: 'committed'; groupId: string; offset: number }
  | { kind: 'position'; groupId: string; offset: number }
  | { kind: 'highWatermark'; offset: number }
  | { kind: 'logStart'; offset: number }
  | { kind: 'truncation'; brokerId: number; offset: number; fromOffset: number; epoch: number };

export type InspectorRow =
  | { kind: 'record'; record: RecordRow; batchStart: boolean }
  | { kind: 'gap'; from: number; to: number }
  | { kind: 'mark'; mark: Mark };

/** Every mark of the page, in offset order (a mark at offset o sits just above the record at o). */
export function pageMarks(page: RecordPage): Mark[] {
  const marks: Mark[] = [{ kind: 'logStart', offset: page.logStartOffset }];
  marks.push({ kind: 'highWatermark', offset: page.highWatermark });
  for (const g of page.groups) {
    if (g.committed !== null) marks.push({ kind: 'committed', groupId: g.groupId, offset: g.committed });
    if (g.position !== null) marks.push({ kind: 'position', groupId: g.groupId, offset: g.position });
  }
  for (const r of page.replicas)
    if (r.truncation) marks.push({ kind: 'truncation', brokerId: r.brokerId, ...r.truncation });
  return marks.sort((a, b) => a.offset - b.offset);
}

/**
 * The rows in offset order: records, a gap row where offsets were removed (never renumbered), and each mark that
 * falls inside the page's offsets [fromOffset, toOffset], just above the record at its offset.
 */
export function inspectorRows(page: RecordPage): InspectorRow[] {
  const marks = pageMarks(page).filter((m) => m.offset >= page.fromOffset && m.offset <= page.toOffset);
  const rows: InspectorRow[] = [];
  let m = 0;
  let expected = page.fromOffset;
  const marksUpTo = (offset: number) => {
    while (m < marks.length && marks[m]!.offset <= offset) rows.push({ kind: 'mark', mark: marks[m++]! });
  };
  for (const record of page.records) {
    if (record.offset > expected) {
      marksUpTo(expected);
      rows.push({ kind: 'gap', from: expected, to: record.offset - 1 });
    }
    marksUpTo(record.offset);
    rows.push({ kind: 'record', record, batchStart: record.batchBaseOffset === record.offset });
    expected = record.offset + 1;
  }
  if (page.toOffset > expected) {
    marksUpTo(expected);
    rows.push({ kind: 'gap', from: expected, to: page.toOffset - 1 });
  }
  marksUpTo(Infinity);
  return rows;
}

/** The words of a mark row. */
export function markText(mark: Mark): string {
  switch (mark.kind) {
    case 'committed':
      return `group ${mark.groupId} committed here (offset ${mark.offset}): after a restart or rebalance it resumes from this record`;
    case 'position':
      return `group ${mark.groupId}'s consumer is here (position ${mark.offset}): its next poll() returns this record`;
    case 'highWatermark':
      return `high watermark ${mark.offset}: every in-sync replica has the records above this line; consumers read only those`;
    case 'logStart':
      return `log start offset ${mark.offset}: retention deleted the records before it`;
    case 'truncation':
      return `broker ${mark.brokerId} truncated its log here (offset ${mark.offset}, from ${mark.fromOffset}): it diverged from the leader after leader epoch ${mark.epoch}`;
  }
}
