import { memo, useMemo } from 'react';
import type { SimEvent, SimulationReport } from '../engine';
import { formatClock } from './format';

interface Props {
  events: SimEvent[];
  report: SimulationReport;
  nodeNames: Record<string, string>;
}

/** The last few things that happened (joins, rebalances, retention), newest first. */
export const RecentEvents = memo(function RecentEvents({ events, report, nodeNames }: Props) {
  // Events name a group by its group id; show the sink's name, as the Sinks table does.
  const subjects = useMemo(
    () => new Map(report.groups.map((g) => [g.groupId, nodeNames[g.node] ?? g.groupId])),
    [report.groups, nodeNames],
  );
  const newestFirst = [...events].reverse();
  return (
    <section className="panel events" aria-label="Recent events">
      <h2 className="panel__title">Recent events</h2>
      {newestFirst.length === 0 ? (
        <p className="events__empty">Nothing has happened yet.</p>
      ) : (
        <ol className="events__list">
          {newestFirst.map((event, i) => (
            <li key={`${event.timeMs}-${i}`} className="events__item">
              <span className="events__time">{formatClock(event.timeMs)}</span>
              <p className="events__text">
                <span className="events__subject">{subjects.get(event.subject) ?? event.subject}</span>{' '}
                {event.message.replaceAll(' -> ', ' → ')}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
