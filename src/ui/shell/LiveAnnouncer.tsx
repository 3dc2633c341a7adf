import { useEffect, useState } from 'react';
import type { GroupReport, SimEvent } from '../../engine';
import { lessonById } from '../../lessons/catalog';
import { useFranz } from '../../store/store';
import {
  QUIET,
  checkHolds,
  coalesce,
  eventKey,
  happeningOf,
  nextAnnouncementAt,
  rebalances,
  type Happening,
} from './announcements';

/**
 * The page's one polite live region: says what changed while the simulation runs (rebalances, elections,
 * brokers down and up, a lesson's check holding), at most once every few seconds (announcements.ts), and
 * nothing while nothing changes. Visually hidden: the canvas, the events panel and the lesson card show it all.
 */
export function LiveAnnouncer() {
  const [text, setText] = useState('');
  useEffect(() => {
    let state = QUIET;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let groups: readonly GroupReport[] | undefined;
    const seen = new EventsSeen();
    const speak = (incoming: Happening[]) => {
      const result = coalesce(state, performance.now(), incoming);
      state = result.state;
      if (result.say) setText(result.say);
      clearTimeout(timer);
      const at = nextAnnouncementAt(state);
      if (at !== null) timer = setTimeout(() => speak([]), Math.max(0, at - performance.now()));
    };
    const unsubscribe = useFranz.subscribe((s, prev) => {
      const incoming: Happening[] = [];
      const report = s.sim.report;
      if (report && report !== prev.sim.report) {
        const names = new Map(s.doc.nodes.map((n) => [n.id, n.name]));
        incoming.push(...rebalances(groups, report.groups, (id) => names.get(id) ?? id));
        groups = report.groups;
      }
      if (s.sim.events !== prev.sim.events) incoming.push(...seen.newOnes(s.sim.events));
      const lesson = s.lesson;
      const was = prev.lesson;
      if (lesson?.held && !(was?.held && was.id === lesson.id && was.step === lesson.step)) {
        const step = lessonById(lesson.id)?.steps[lesson.step];
        if (step) incoming.push(checkHolds(step.do));
      }
      if (incoming.length > 0) speak(incoming);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}

/**
 * Which events were already heard: every report repeats the newest few. The first list, and the first after
 * simulated time went back (a reset, another design), is what was there already, not news.
 */
class EventsSeen {
  private keys = new Set<string>();
  private newestMs: number | null = null;

  newOnes(events: readonly SimEvent[]): Happening[] {
    const newest = events.reduce((t, e) => Math.max(t, e.timeMs), -1);
    const baseline = this.newestMs === null || newest < this.newestMs;
    if (baseline) this.keys.clear();
    if (events.length > 0) this.newestMs = newest;
    const fresh = events.filter((e) => !this.keys.has(eventKey(e)));
    for (const e of fresh) this.keys.add(eventKey(e));
    // The log shows the newest few only; forget keys long gone from it.
    if (this.keys.size > 200) this.keys = new Set(events.map(eventKey));
    if (baseline) return [];
    return fresh.flatMap((e) => happeningOf(e) ?? []);
  }
}
