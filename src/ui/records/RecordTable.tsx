// The records as a table (a real one: a caption, column headers, one row per record), with the gaps compaction left
// and the marks (committed offsets, positions, the high watermark, truncations) as rows of their own between them.
import { useLayoutEffect, useRef } from 'react';
import type { RecordPage } from '../../engine';
import { formatClock } from '../format';
import { inspectorRows, markText, type InspectorRow } from './recordRows';

const COLUMNS = 9;

/**
 * `followEnd`: the newest records are shown, so the table stays scrolled to its end (where the high watermark and the
 * consumers are) as records arrive, unless the person scrolled up to read.
 */
export function RecordTable({ page, followEnd }: { page: RecordPage; followEnd: boolean }) {
  const rows = inspectorRows(page);
  const ref = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && followEnd && atEnd.current) el.scrollTop = el.scrollHeight;
  }, [page, followEnd]);
  const onScroll = () => {
    const el = ref.current;
    if (el) atEnd.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 4;
  };
  return (
    <div
      ref={ref}
      onScroll={onScroll}
      className="records__scroll"
      tabIndex={0}
      aria-label="Records, oldest first"
    >
      <table className="records__table">
        <caption className="records__caption">
          Records {page.fromOffset}–{Math.max(page.fromOffset, page.toOffset - 1)}, oldest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Offset</th>
            <th scope="col">Key</th>
            <th scope="col" title="the record's size in bytes">
              Value bytes
            </th>
            <th scope="col" title="CreateTime, in simulated time">
              Timestamp
            </th>
            <th scope="col" title="the leader epoch the record was written in">
              Leader epoch
            </th>
            <th scope="col">Producer</th>
            <th
              scope="col"
              title="the producer's batch number on this partition (Kafka numbers each record: the batch's base sequence plus its place in the batch)"
            >
              Batch seq
            </th>
            <th scope="col" title="the base offset of the batch the record was written in">
              Batch
            </th>
            <th
              scope="col"
              title="below the high watermark: every in-sync replica has it and consumers can read it"
            >
              Readable
            </th>
          </tr>
        </thead>
        <tbody>{rows.map((row) => rowView(row))}</tbody>
      </table>
    </div>
  );
}

function rowView(row: InspectorRow) {
  if (row.kind === 'gap') {
    const n = row.to - row.from + 1;
    return (
      <tr key={`gap-${row.from}`} className="records__gap">
        <td colSpan={COLUMNS}>
          {row.from === row.to ? `offset ${row.from}` : `offsets ${row.from}–${row.to}`}: {n}{' '}
          {n === 1 ? 'record' : 'records'} removed by compaction (a newer record has the same key); the
          offsets stay, never renumbered
        </td>
      </tr>
    );
  }
  if (row.kind === 'mark') {
    const m = row.mark;
    const who = 'groupId' in m ? m.groupId : 'brokerId' in m ? String(m.brokerId) : '';
    return (
      <tr key={`mark-${m.kind}-${who}`} className={`records__mark records__mark--${m.kind}`}>
        <td colSpan={COLUMNS}>{markText(m)}</td>
      </tr>
    );
  }
  const r = row.record;
  return (
    <tr
      key={r.offset}
      className={`records__row${row.batchStart ? ' records__row--batch' : ''}${r.committed ? '' : ' records__row--above'}`}
    >
      <th scope="row">{r.offset}</th>
      <td>{r.key ?? <span className="records__null">null</span>}</td>
      <td>
        {r.tombstone ? <span className="records__null">null (tombstone)</span> : Math.round(r.valueBytes)}
      </td>
      <td>
        {r.timestampMs < 0
          ? '—'
          : `${formatClock(r.timestampMs)}.${String(r.timestampMs % 1000).padStart(3, '0')}`}
      </td>
      <td>{r.leaderEpoch < 0 ? '—' : r.leaderEpoch}</td>
      <td>{r.producer === null ? '—' : `${r.producer} (id ${r.producerId})`}</td>
      <td>{r.sequence < 0 ? '—' : r.sequence}</td>
      <td>
        {r.batchBaseOffset < 0 ? '—' : row.batchStart ? `${r.batchBaseOffset} starts` : r.batchBaseOffset}
      </td>
      <td>{r.committed ? 'yes' : 'not yet'}</td>
    </tr>
  );
}
