import { memo, useMemo, type ReactNode } from 'react';
import { ChartLegend } from './ChartLegend';
import type { ChartData } from './chartRows';
import { TimeChart } from './TimeChart';
import { useAfter, useStaggered } from './useStaggered';

/** Leaves room, in the dock's 15rem, for a head and two lines of legend. */
const CHART_HEIGHT = 102;

interface ChartCardProps {
  title: string;
  unit: string;
  /** Why the lines look as they do (a saw-tooth), said on hover of the unit line. */
  unitTitle?: string;
  data: ChartData;
  /** Shown instead of the chart when there is nothing to draw. */
  empty: string | null;
  /** Said over the drawn chart, when its flat lines need a word (nothing has gone wrong yet). */
  note?: string | null;
  /** How long after its data changes the chart redraws (see useStaggered). */
  delayMs: number;
  control?: ReactNode;
}

/**
 * One chart with its title, legend and a message when there is nothing to draw. The chart is mounted
 * `delayMs` after the card, with or without lines, and hidden under the message until samples arrive, so
 * the four charts' first draws are four tasks of the page's loading, not one in its first seconds of play.
 * Lines and samples then only update it.
 */
export const ChartCard = memo(function ChartCard(props: ChartCardProps) {
  const { title, unit, delayMs, control } = props;
  // The note changes with the data, so it waits with it: a word never describes lines not yet drawn.
  const latest = useMemo(
    () => ({ data: props.data, empty: props.empty, note: props.note ?? null }),
    [props.data, props.empty, props.note],
  );
  const { data, empty, note } = useStaggered(latest, delayMs);
  const blank = empty !== null;
  const mounted = useAfter(delayMs);
  return (
    <figure className="chart-card" aria-label={title}>
      <div className="chart-card__head">
        <div className="chart-card__heading">
          <h3 className="chart-card__title">{title}</h3>
          <p className="chart-card__unit" title={props.unitTitle}>
            {unit}
          </p>
        </div>
        {control}
      </div>
      <div className="chart-card__plot">
        {mounted && (
          <div className={blank ? 'chart-card__chart chart-card__chart--waiting' : 'chart-card__chart'}>
            <TimeChart data={data} height={CHART_HEIGHT} />
          </div>
        )}
        {blank && (
          <p className="chart-card__empty" style={{ height: CHART_HEIGHT }}>
            {empty}
          </p>
        )}
        {!blank && note && <p className="chart-card__note">{note}</p>}
      </div>
      {!blank && (
        // In the dock a long legend scrolls inside its card: focusable, so a keyboard can scroll it too.
        <div className="chart-card__foot" tabIndex={0} role="group" aria-label={`${title}: lines`}>
          <ChartLegend items={data.legend} />
        </div>
      )}
    </figure>
  );
});
