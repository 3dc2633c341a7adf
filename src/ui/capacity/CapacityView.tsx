import { useMemo } from 'react';
import { useFranz } from '../../store/store';
import { BrokersTable } from './BrokersTable';
import { FormulasTable } from './FormulasTable';
import { GroupsTable } from './GroupsTable';
import { HeadroomTable } from './HeadroomTable';
import { TopicsTable } from './TopicsTable';
import { VerdictPanel } from './VerdictPanel';
import { whyContext } from './whyContext';
import './capacity.css';

/**
 * The capacity-planning answer, live: will this cluster cope, where does it break first and why, what happens when
 * a broker or a rack dies, and the sizing formulas beside what the simulation measures. The worker computes it only
 * while this view is open (the bridge says so).
 */
export function CapacityView() {
  const report = useFranz((s) => s.sim.report);
  const doc = useFranz((s) => s.doc);
  // Just opened, the report may still be the canvas's, trimmed (protocol/viewNeed.ts): the whole one follows at once.
  const whole = useFranz((s) => s.sim.whole);
  const capacity = whole ? report?.capacity : undefined;
  const why = useMemo(
    () => (report && capacity ? whyContext(report, capacity, doc) : null),
    [report, capacity, doc],
  );
  return (
    <section className="stage-view capacity" aria-label="Capacity">
      {!report ? (
        <p className="capacity__empty">Press Play or Step to see whether the cluster copes.</p>
      ) : !capacity || !why ? (
        <p className="capacity__empty">Measuring…</p>
      ) : (
        <>
          <VerdictPanel capacity={capacity} />
          <div className="capacity__block">
            <BrokersTable capacity={capacity} />
          </div>
          <div className="capacity__block">
            <HeadroomTable capacity={capacity} />
          </div>
          <div className="capacity__row">
            <div className="capacity__block">
              <TopicsTable capacity={capacity} />
            </div>
            <div className="capacity__block">
              <GroupsTable groups={report.groups} />
            </div>
          </div>
          <div className="capacity__block">
            <FormulasTable capacity={capacity} why={why} />
          </div>
        </>
      )}
    </section>
  );
}
