// The record inspector: one partition's records as the leader's log holds them, with the high watermark, each
// group's committed offset and position, and the replicas' log ends among them. Opened from a partition lane on a
// zoomed-in topic or a row of the Cluster view's partitions table; Escape or Close shuts it.
import { useState, type FormEvent } from 'react';
import { DEFAULT_RECORD_LIMIT, type RecordPage } from '../../engine';
import { useFranz } from '../../store/store';
import { Modal } from '../shell/Modal';
import { RecordTable } from './RecordTable';
import { ReplicaStrip } from './ReplicaStrip';
import { pageMarks, markText } from './recordRows';
import { useRecordPage } from './useRecordPage';
import './records.css';

/** The inspector for the partition the store names, or nothing while it is closed. */
export function RecordInspectorDialog() {
  const of = useFranz((s) => s.recordsOf);
  const close = useFranz((s) => s.closeRecords);
  if (!of) return null;
  return (
    <RecordInspector
      key={`${of.topic}-${of.partition}`}
      topic={of.topic}
      partition={of.partition}
      onClose={close}
    />
  );
}

export function RecordInspector({
  topic,
  partition,
  onClose,
}: {
  topic: string;
  partition: number;
  onClose(): void;
}) {
  const [from, setFrom] = useState<number | null>(null);
  const [typed, setTyped] = useState('');
  const page = useRecordPage(topic, partition, from, DEFAULT_RECORD_LIMIT);
  const go = (event: FormEvent) => {
    event.preventDefault();
    const offset = Number(typed);
    if (typed.trim() !== '' && Number.isInteger(offset) && offset >= 0) setFrom(offset);
  };
  return (
    <Modal labelledBy="records-title" describedBy="records-summary" onCancel={onClose} className="records">
      <div className="records__head">
        <h2 id="records-title" className="modal__title">
          Records of {topic}-{partition}
        </h2>
        <button type="button" className="button button--small" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
      <Summary page={page} />
      <div className="records__paging">
        <button
          type="button"
          className="button button--small"
          disabled={!page || page.fromOffset <= page.firstKeptOffset}
          onClick={() =>
            page && setFrom(Math.max(page.firstKeptOffset, page.fromOffset - DEFAULT_RECORD_LIMIT))
          }
        >
          Older
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!page || page.toOffset >= page.logEndOffset}
          onClick={() => page && setFrom(page.toOffset)}
        >
          Newer
        </button>
        <button
          type="button"
          className="button button--small"
          aria-pressed={from === null}
          onClick={() => setFrom(null)}
        >
          Newest
        </button>
        <form className="records__from" onSubmit={go}>
          <label htmlFor="records-from">From offset</label>
          <input
            id="records-from"
            inputMode="numeric"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder={page ? String(page.firstKeptOffset) : ''}
          />
          <button type="submit" className="button button--small">
            Show
          </button>
        </form>
      </div>
      {page ? <ReplicaStrip page={page} /> : null}
      {page ? <Elsewhere page={page} onShow={(offset) => setFrom(Math.max(0, offset - 5))} /> : null}
      {page === undefined ? (
        <p className="records__note">Reading the log…</p>
      ) : page === null ? (
        <p className="records__note">
          This partition is not in the running simulation (press Play or Reset).
        </p>
      ) : (
        <RecordTable page={page} followEnd={from === null} />
      )}
    </Modal>
  );
}

function Summary({ page }: { page: RecordPage | null | undefined }) {
  if (!page) return <p id="records-summary" className="modal__text" />;
  return (
    <p id="records-summary" className="modal__text records__summary">
      Offsets {page.fromOffset}–{Math.max(page.fromOffset, page.toOffset - 1)} of {page.logStartOffset}–
      {page.logEndOffset - 1} · leader broker {page.leader < 0 ? 'none (offline)' : page.leader}, epoch{' '}
      {page.leaderEpoch} ·{' '}
      <span title="the offset up to which all in-sync replicas have the records; consumers read only below it">
        high watermark {page.highWatermark}
      </span>
      {page.removed > 0
        ? ` · ${page.removed} offsets here removed by compaction (gaps, never renumbered)`
        : ''}
      {page.firstKeptOffset > page.logStartOffset
        ? ` · details are kept for the newest records only, from offset ${page.firstKeptOffset}`
        : ''}
    </p>
  );
}

/** Marks outside the rows shown (a committed offset far behind, a truncation long ago), each a button to go there. */
function Elsewhere({ page, onShow }: { page: RecordPage; onShow(offset: number): void }) {
  const outside = pageMarks(page).filter(
    (m) => m.kind !== 'logStart' && (m.offset < page.fromOffset || m.offset > page.toOffset),
  );
  if (outside.length === 0) return null;
  return (
    <ul className="records__elsewhere" aria-label="Marks outside these rows">
      {outside.map((m) => (
        <li key={`${m.kind}-${'groupId' in m ? m.groupId : 'brokerId' in m ? m.brokerId : ''}`}>
          <span>{markText(m)}</span>
          {m.offset >= page.firstKeptOffset && m.offset < page.logEndOffset ? (
            <button type="button" className="button button--small" onClick={() => onShow(m.offset)}>
              Show offset {m.offset}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
