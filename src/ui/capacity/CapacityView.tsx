import { useMemo, type ReactNode } from 'react';
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
          <ScrollBlock label="Brokers">
            <BrokersTable capacity={capacity} />
          </ScrollBlock>
          <ScrollBlock label="Headroom">
            <HeadroomTable capacity={capacity} />
          </ScrollBlock>
          <div className="capacity__row">
            <ScrollBlock label="Topics">
              <TopicsTable capacity={capacity} />
            </ScrollBlock>
            <ScrollBlock label="Consumer groups">
              <GroupsTable groups={report.groups} />
            </ScrollBlock>
          </div>
          <ScrollBlock label="Formulas">
            <FormulasTable capacity={capacity} why={why} />
          </ScrollBlock>
        </>
      )}
    </section>
  );
}

/**
 * A block of the view that scrolls sideways on a narrow screen or in presentation mode's larger type: it takes
 * keyboard focus, so a keyboard can scroll it too, and is named for a screen reader.
 */
function ScrollBlock({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="capacity__block" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
