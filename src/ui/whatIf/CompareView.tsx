import { useMemo, useState } from 'react';
import {
  FIGURES,
  differenceText,
  figureHeading,
  figureText,
  type CompareResult,
  type FigureKey,
} from '../../engine';
import { useFranz } from '../../store/store';
import { useBatchActions } from '../batchActions';
import { BatchChartLazy } from '../charts/BatchChartLazy';
import { seriesColor } from '../charts/palette';
import { BatchStatus } from './BatchStatus';
import { designDiff } from './designDiff';
import { DurationField, RunButtons } from './RunControls';
import './whatIf.css';

/** B - A with which way it went (engine's differenceText): a rise is worse, every figure here being better lower. */
function Difference({ k, a, b }: { k: FigureKey; a: number | null; b: number | null }) {
  const d = differenceText(k, a, b);
  if (d.verdict === null) return <td>{d.text}</td>;
  const signed = /^[+−]/.test(d.text);
  return (
    <td className={d.verdict === 'worse' ? 'whatif__worse' : 'whatif__better'}>
      {signed ? `${d.text} ` : ''}
      <span className="whatif__verdict">{signed ? d.verdict : `${d.verdict}: ${d.text}`}</span>
    </td>
  );
}

/**
 * Compare: the design kept as A beside the design on the canvas (B), both run headless from time zero with the same
 * seed and duration; their figures side by side with B - A, and the worst group's lag over time of each.
 */
export function CompareView() {
  const doc = useFranz((s) => s.doc);
  const seed = useFranz((s) => s.sim.seed);
  const a = useFranz((s) => s.compareA);
  const keepAsA = useFranz((s) => s.keepAsA);
  const batch = useFranz((s) => (s.batch?.kind === 'compare' ? s.batch : null));
  const actions = useBatchActions();
  const [durationMs, setDurationMs] = useState(60_000);
  const changes = useMemo(() => (a ? designDiff(a, doc) : []), [a, doc]);
  const running = batch?.status === 'running';

  return (
    <section className="stage-view whatif" aria-label="Compare">
      <div className="whatif__block">
        <h2 className="whatif__title">Compare two designs</h2>
        <p className="whatif__hint">
          Keep as A saves a copy of the design as it is now. Then change the design on the canvas: that is B.
          Compare runs A and B headless from time zero with seed {seed} and the same duration.
        </p>
        <div className="whatif__form">
          <button type="button" onClick={keepAsA}>
            Keep as A
          </button>
          <DurationField label="Simulated time" durationMs={durationMs} onChange={setDurationMs} />
          <RunButtons
            running={running}
            label="Compare"
            disabled={!a}
            onRun={() => a && actions.compare(a, doc, { seed, durationMs })}
            onCancel={() => actions.cancel()}
          />
        </div>
        <div className="whatif__designs" aria-label="Designs compared">
          {!a ? (
            <p>No design kept as A yet.</p>
          ) : changes.length === 0 ? (
            <p>A is kept. B (the design on the canvas) is the same as A so far: change it, then Compare.</p>
          ) : (
            <>
              <p>B differs from A:</p>
              <ul>
                {changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        {batch && <BatchStatus batch={batch} unit={(run) => `Running ${run === 0 ? 'A' : 'B'}`} />}
      </div>
      {batch?.compare && <CompareResultView result={batch.compare} />}
    </section>
  );
}

function CompareResultView({ result }: { result: CompareResult }) {
  const rows = useMemo(
    () =>
      result.a.lag.timesMs.map((t, i) => ({
        x: t / 1000,
        a: result.a.lag.records[i] ?? null,
        b: result.b.lag.records[i] ?? null,
      })),
    [result],
  );
  return (
    <>
      <div className="whatif__block">
        <table className="whatif__table">
          <caption>A and B</caption>
          <thead>
            <tr>
              <th scope="col">figure</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">B − A</th>
            </tr>
          </thead>
          <tbody>
            {FIGURES.map((f) => (
              <tr key={f.key}>
                <th scope="row">{figureHeading(f)}</th>
                <td>{figureText(f.key, result.a.figures[f.key])}</td>
                <td>{figureText(f.key, result.b.figures[f.key])}</td>
                <Difference k={f.key} a={result.a.figures[f.key]} b={result.b.figures[f.key]} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="whatif__block">
        <BatchChartLazy
          label="Lag over time of A and B"
          rows={rows}
          lines={[
            { key: 'a', name: 'A', color: seriesColor(0) },
            { key: 'b', name: 'B', color: seriesColor(2) },
          ]}
          xLabel="simulated seconds"
          yLabel="worst group's lag"
          numericX
        />
      </div>
    </>
  );
}
