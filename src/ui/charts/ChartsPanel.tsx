import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { REPORT_INTERVAL_MS } from '../../protocol/cadence';
import { useFranz } from '../../store/store';
import { ChartCard } from './ChartCard';
import { EMPTY_CHART, groupLagChart, partitionLagChart, throughputChart } from './chartRows';
import { indexMap, pairsToMap, selectGroupNodes, selectTopicNames } from './chartSelectors';
import { deliveryChart, nothingWentWrong } from './deliveryRows';
import { GroupSelect } from './GroupSelect';
import { partitionOwners, partitionOwnersKey } from './partitionOwners';
import { autoCommitEvery, commitWhy } from '../why/whyNotes';
import './charts.css';

/**
 * Each chart redraws in a task of its own (useStaggered), between two reports: a series comes with a
 * report, which redraws the canvas, so the four charts take the first four fifths after it.
 */
const STAGGER_MS = REPORT_INTERVAL_MS / 5;

/** Beside the title, where it takes no line of its own: the legend below names the topics. */
const THROUGHPUT_KEY = (
  <p className="chart-card__key">
    <span>
      <span className="chart-card__stroke" aria-hidden="true" /> produced
    </span>
    <span>
      <span className="chart-card__stroke chart-card__stroke--dashed" aria-hidden="true" /> consumed
    </span>
  </p>
);

/**
 * Throughput per topic, lag per group, lag per partition of one group and what went wrong with
 * delivery, over simulated time.
 * It re-renders when a new series arrives (about twice a second) or the chosen group changes, never
 * on other store changes: every read below is a narrow selector.
 */
export function ChartsPanel() {
  const series = useFranz((s) => s.sim.series);
  const chartGroup = useFranz((s) => s.chartGroup);
  const setChartGroup = useFranz((s) => s.setChartGroup);
  const groupPairs = useFranz(useShallow(selectGroupNodes));
  const topicNames = useFranz(useShallow(selectTopicNames));

  const groupNames = useMemo(() => pairsToMap(groupPairs), [groupPairs]);
  const topicColors = useMemo(() => indexMap(topicNames), [topicNames]);
  const selected = pickGroup(chartGroup, series?.partitionLag?.node ?? null, groupNames);
  const firstGroup = groupPairs[0] ?? null;
  const commitEvery = useFranz((s) => autoCommitEvery(s.doc.nodes.find((n) => n.id === selected)));

  // The partition chart always shows a group: the first one until someone picks another (or when the
  // picked one is deleted). The worker sends partition lag only for the group in the store.
  useEffect(() => {
    if (selected === null && firstGroup !== null) setChartGroup(firstGroup);
  }, [selected, firstGroup, setChartGroup]);

  const hasData = series !== null && series.timeMs.length > 0;
  const throughput = useMemo(
    () => (series ? throughputChart(series, topicColors) : EMPTY_CHART),
    [series, topicColors],
  );
  const groupLag = useMemo(
    () => (series ? groupLagChart(series, groupNames) : EMPTY_CHART),
    [series, groupNames],
  );
  const ownersKey = useFranz((s) =>
    partitionOwnersKey(s.sim.report?.groups.find((g) => g.node === selected)),
  );
  const owners = useMemo(() => partitionOwners(ownersKey), [ownersKey]);
  const partitionLag = useMemo(
    () => (series && selected ? partitionLagChart(series, selected, owners) : EMPTY_CHART),
    [series, selected, owners],
  );
  const delivery = useMemo(() => (series ? deliveryChart(series) : EMPTY_CHART), [series]);
  const clean = series !== null && nothingWentWrong(series.delivery);

  const waiting = 'Charts fill in once the simulation runs.';
  return (
    <section className="charts" aria-label="Charts">
      <ChartCard
        title="Throughput"
        unit="records/s"
        data={throughput}
        empty={hasData ? null : waiting}
        delayMs={STAGGER_MS}
        control={THROUGHPUT_KEY}
      />
      <ChartCard
        title="Lag per group"
        unit="records behind"
        data={groupLag}
        empty={!hasData ? waiting : groupLag.lines.length === 0 ? 'No consumer groups yet.' : null}
        delayMs={2 * STAGGER_MS}
      />
      <ChartCard
        title="Lag per partition"
        unit={commitEvery === null ? 'records behind' : `behind · commits every ${commitEvery / 1000} s`}
        unitTitle={commitEvery === null ? undefined : commitWhy(commitEvery)}
        data={partitionLag}
        empty={
          !hasData
            ? waiting
            : selected === null
              ? 'Choose a group to see its partitions.'
              : partitionLag.lines.length === 0
                ? `Waiting for the partitions of ${groupNames.get(selected) ?? selected}…`
                : null
        }
        control={<GroupSelect groups={groupPairs} value={selected} onChange={setChartGroup} />}
        delayMs={3 * STAGGER_MS}
      />
      <ChartCard
        title="Delivery"
        unit="records, running total"
        data={delivery}
        empty={hasData ? null : waiting}
        note={clean ? 'Nothing lost, duplicated, failed or out of order so far' : null}
        delayMs={4 * STAGGER_MS}
      />
    </section>
  );
}

/** The chosen group if it still exists, else the one the worker reports on, else none. */
function pickGroup(
  chosen: string | null,
  reported: string | null,
  groups: Map<string, string>,
): string | null {
  if (chosen !== null && groups.has(chosen)) return chosen;
  if (reported !== null && groups.has(reported)) return reported;
  return null;
}
