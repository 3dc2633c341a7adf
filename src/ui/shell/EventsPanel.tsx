import { memo, useMemo } from 'react';
import { useFranz } from '../../store/store';
import { formatClock } from '../format';

/** The last few things that happened (joins, rebalances, retention), newest first, named as on the canvas. */
export const EventsPanel = memo(function EventsPanel() {
  const events = useFranz((s) => s.sim.events);
  const groups = useFranz((s) => s.sim.report?.groups);
  const nodes = useFranz((s) => s.doc.nodes);
  const subjects = useMemo(() => {
    const names = new Map(nodes.map((n) => [n.id, n.name]));
    return new Map((groups ?? []).map((g) => [g.groupId, names.get(g.node) ?? g.groupId]));
  }, [groups, nodes]);
  const newestFirst = [...events].reverse();
  return (
    <section className="events" aria-label="Recent events">
      <h2 className="events__title">Recent events</h2>
      {newestFirst.length === 0 ? (
        <p className="events__empty">Nothing has happened yet.</p>
      ) : (
        // The list scrolls in the dock: focusable, so a keyboard can scroll it too.
        <ol className="events__list" tabIndex={0} aria-label="Events, newest first">
          {newestFirst.map((event, i) => (
            <li key={`${event.timeMs}-${i}`} className="events__item">
              <span className="events__time">{formatClock(event.timeMs)}</span>{' '}
              <span className="events__subject">{subjects.get(event.subject) ?? event.subject}</span>{' '}
              {event.message.replaceAll(' -> ', ' → ')}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
