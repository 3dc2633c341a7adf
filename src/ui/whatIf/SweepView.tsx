import { useMemo, useState } from 'react';
import {
  FIGURES,
  figureHeading,
  figureText,
  joinedHeading,
  parseSweepPath,
  parseSweepRange,
  settablePaths,
  sweepInputs,
  sweepVariants,
  SWEEP_RANGE_HELP,
  togetherSuggestions,
  type FigureKey,
  type SweepRow,
} from '../../engine';
import { useFranz } from '../../store/store';
import { useBatchActions } from '../batchActions';
import { BatchChartLazy } from '../charts/BatchChartLazy';
import { BatchStatus } from './BatchStatus';
import { Field } from './Field';
import { TogetherFields, TogetherOffers } from './TogetherFields';
import { defaultRange, firstSetting } from './whatIfSettings';
import { DurationField, RunButtons } from './RunControls';
import './whatIf.css';

/** A figure on the chart's axis, where utilisation is a plain number: its heading, and "(%)" for utilisation. */
const axisLabel = (key: FigureKey) => {
  const f = FIGURES.find((x) => x.key === key)!;
  return f.unit === '%' ? `${f.label} (%)` : figureHeading(f);
};

/** A chart point: utilisation as a percentage, like the table; null where the value was refused. */
function pointOf(row: SweepRow, key: FigureKey): number | null {
  if ('error' in row) return null;
  const v = row.figures[key];
  return v === null ? null : key === 'brokerUtilisation' ? Math.round(v * 1000) / 10 : v;
}

/**
 * Sweep: one setting of the design over a range of values (or several settings set to the same value at each step,
 * such as a topic's partitions and the consumers of the group reading it), each run headless in the batch worker
 * from time zero with the same seed and duration (the pipeline on the canvas plays on meanwhile); a table of the
 * figures per value and a chart of one of them against the value.
 */
export function SweepView() {
  const doc = useFranz((s) => s.doc);
  const seed = useFranz((s) => s.sim.seed);
  const batch = useFranz((s) => (s.batch?.kind === 'sweep' ? s.batch : null));
  const actions = useBatchActions();
  const paths = useMemo(() => settablePaths(doc), [doc]);
  const [chosen, setChosen] = useState(() => firstSetting(paths));
  const setting = paths.some((p) => p.path === chosen) ? chosen : firstSetting(paths);
  // The settings that take the same value as the first, those the design still has and not the first itself.
  const [chosenTogether, setTogether] = useState<string[]>([]);
  const together = chosenTogether.filter((t) => t !== setting && paths.some((p) => p.path === t));
  const suggested = useMemo(() => togetherSuggestions(doc, setting), [doc, setting]);
  const [range, setRange] = useState(() => defaultRange(doc, setting));
  const [durationMs, setDurationMs] = useState(60_000);
  const [figure, setFigure] = useState<FigureKey>('maxLag');
  const values = parseSweepRange(range);
  const running = batch?.status === 'running';

  const run = () => {
    const all = [setting, ...together];
    const parsed = all.map((s) => parseSweepPath(doc, s));
    if (typeof values === 'string') return;
    const swept = parsed.filter((p) => typeof p !== 'string');
    if (swept.length < parsed.length) return;
    // A value whose design is over the memory budget is refused as the CLI refuses it, before any run.
    const inputs = sweepInputs(sweepVariants(doc, swept, values), durationMs);
    const label = joinedHeading(all.map((s) => paths.find((p) => p.path === s)?.label ?? s));
    actions.sweep({ path: all.join(','), label }, inputs, { seed, durationMs });
  };

  return (
    <section className="stage-view whatif" aria-label="Sweep">
      <div className="whatif__block">
        <h2 className="whatif__title">
          {together.length === 0 ? 'Sweep one setting' : `Sweep ${together.length + 1} settings together`}
        </h2>
        <p className="whatif__hint">
          Each value runs headless from time zero with seed {seed}, one after the other; the pipeline on the
          canvas plays on.
        </p>
        <div className="whatif__form">
          <Field label="Setting">
            {(id) => (
              <select
                id={id}
                value={setting}
                onChange={(e) => {
                  setChosen(e.target.value);
                  setRange(defaultRange(doc, e.target.value));
                }}
              >
                {paths.map((p) => (
                  <option key={p.path} value={p.path}>
                    {p.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TogetherFields paths={paths} first={setting} together={together} onChange={setTogether} />
        </div>
        <TogetherOffers
          paths={paths}
          first={setting}
          together={together}
          suggested={suggested}
          onChange={setTogether}
        />
        <div className="whatif__form">
          <Field label="Values">
            {(id) => (
              <input
                id={id}
                value={range}
                onChange={(e) => setRange(e.target.value)}
                aria-invalid={typeof values === 'string'}
                aria-describedby="sweep-range-help"
                spellCheck={false}
              />
            )}
          </Field>
          <DurationField label="Simulated time per value" durationMs={durationMs} onChange={setDurationMs} />
          <Field label="Chart">
            {(id) => (
              <select id={id} value={figure} onChange={(e) => setFigure(e.target.value as FigureKey)}>
                {FIGURES.map((f) => (
                  <option key={f.key} value={f.key}>
                    {f.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <RunButtons
            running={running}
            label="Run sweep"
            disabled={typeof values === 'string'}
            onRun={run}
            onCancel={() => actions.cancel()}
          />
        </div>
        <p id="sweep-range-help" className={typeof values === 'string' ? 'whatif__failed' : 'whatif__hint'}>
          {typeof values === 'string'
            ? values
            : `${values.length} value${values.length === 1 ? '' : 's'}: ${values.join(', ')}. Values: ${SWEEP_RANGE_HELP}.`}
        </p>
        {batch && (
          <BatchStatus batch={batch} unit={(run, runs) => `${Math.min(run + 1, runs)} of ${runs} values`} />
        )}
      </div>
      {batch?.rows && <SweepResult rows={batch.rows} label={batch.settingLabel ?? ''} figure={figure} />}
    </section>
  );
}

function SweepResult({ rows, label, figure }: { rows: SweepRow[]; label: string; figure: FigureKey }) {
  const chartRows = useMemo(
    () => rows.map((r) => ({ x: String(r.value), y: pointOf(r, figure) })),
    [rows, figure],
  );
  return (
    <>
      <div className="whatif__block">
        <table className="whatif__table">
          <caption>Sweep of {label}</caption>
          <thead>
            <tr>
              <th scope="col">{label}</th>
              {FIGURES.map((f) => (
                <th key={f.key} scope="col">
                  {figureHeading(f)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <th scope="row">{String(row.value)}</th>
                {'error' in row ? (
                  <td colSpan={FIGURES.length} className="whatif__refused">
                    refused: {row.error}
                  </td>
                ) : (
                  FIGURES.map((f) => <td key={f.key}>{figureText(f.key, row.figures[f.key])}</td>)
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="whatif__block">
        <BatchChartLazy
          label={`${axisLabel(figure)} against ${label}`}
          rows={chartRows}
          lines={[{ key: 'y', name: axisLabel(figure), color: 'var(--accent)' }]}
          xLabel={label}
          yLabel={axisLabel(figure)}
        />
      </div>
    </>
  );
}
