// A source's CSV trace: Import CSV (a file input), then how many points it holds and how long it runs. A bad file is
// refused with its line number and what is wrong, and the design stays as it was.
import { useId, useState, type ChangeEvent } from 'react';
import { edits, parseTraceCsv, traceSpanSeconds, type LoadProfile } from '../../../engine';
import { useDocEditor } from '../../inspector/useDocEditor';
import { formatCount } from '../../format';
import './loadProfile.css';

type Trace = Extract<LoadProfile, { type: 'trace' }>;

/** A CSV of 10,000 rows is about 200 KB; anything much larger is not a trace this design can hold. */
const MAX_FILE_BYTES = 2_000_000;

/** "90 s", "45 min", "24 h", "1.5 h": how long a trace runs. */
export function spanText(seconds: number): string {
  if (seconds < 120) return `${formatCount(seconds)} s`;
  if (seconds < 7200) return `${formatCount(Math.round((seconds / 60) * 10) / 10)} min`;
  return `${formatCount(Math.round((seconds / 3600) * 10) / 10)} h`;
}

export function traceSummary(trace: Trace): string {
  const n = trace.points.length;
  if (n === 1) return `1 point: ${formatCount(trace.points[0]![1])} records/s from the start`;
  return `${formatCount(n)} point${n === 1 ? '' : 's'} over ${spanText(traceSpanSeconds(trace.points))}`;
}

export function TraceImport({ nodeId, trace }: { nodeId: string; trace: Trace }) {
  const editor = useDocEditor();
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(`${file.name} is larger than 2 MB: a trace holds at most 10,000 rows`);
      return;
    }
    const csv = parseTraceCsv(await file.text());
    if (!csv.ok) {
      setError(`${file.name}: ${csv.error}`);
      return;
    }
    const refused = editor.edit(
      (doc) => edits.updateConfig(doc, nodeId, { profile: { ...trace, points: csv.points } }),
      'commit',
    );
    setError(refused === null ? null : `${file.name}: ${refused}`);
  };

  return (
    <div className={`form-field form-field--stack trace-import${error ? ' form-field--invalid' : ''}`}>
      <span className="form-field__label">Trace</span>
      <p className="trace-import__summary" role="status">
        {traceSummary(trace)}
      </p>
      <div className="trace-import__actions">
        <label className="button trace-import__button" htmlFor={id}>
          Import CSV
        </label>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void importFile(e)}
          aria-describedby={`${id}-format${error ? ` ${id}-error` : ''}`}
        />
      </div>
      <p className="form-field__meta" id={`${id}-format`}>
        <span className="form-field__hint">
          rows of <code>time,recordsPerSec</code>, time in seconds from 0, a header allowed; the rate holds
          until the next row
        </span>
      </p>
      {error && (
        <p className="form-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
