// What the screen reader hears while the simulation runs: rebalances, leader elections, brokers going down or
// coming back, and a lesson's check holding; never the numbers that change every second. Pure, so the
// throttling and coalescing are tested without a clock; LiveAnnouncer.tsx feeds it and speaks what it returns.
import type { GroupReport, SimEvent } from '../../engine';

export type HappeningKind = 'rebalance' | 'election' | 'broker' | 'check';

export interface Happening {
  kind: HappeningKind;
  /** Said as it is when it is the only kind of its sort since the last announcement. */
  text: string;
}

/** At most one announcement per this much wall time: a screen reader is not flooded when a storm starts. */
export const ANNOUNCE_EVERY_MS = 5000;

export interface AnnouncerState {
  pending: readonly Happening[];
  /** Wall time of the last announcement, or null before the first. */
  lastAt: number | null;
}

export const QUIET: AnnouncerState = { pending: [], lastAt: null };

/**
 * Adds what just happened and says whether to announce now: the first happening is said at once, later ones
 * wait until ANNOUNCE_EVERY_MS has passed since the last announcement and are said together. With nothing
 * new and nothing waiting, nothing is said.
 */
export function coalesce(
  state: AnnouncerState,
  nowMs: number,
  incoming: readonly Happening[] = [],
): { state: AnnouncerState; say: string | null } {
  const pending = [...state.pending, ...incoming];
  if (pending.length === 0) return { state: { ...state, pending }, say: null };
  if (state.lastAt !== null && nowMs - state.lastAt < ANNOUNCE_EVERY_MS)
    return { state: { ...state, pending }, say: null };
  return { state: { pending: [], lastAt: nowMs }, say: summarize(pending) };
}

/** When the waiting happenings may be said, or null when none wait. */
export function nextAnnouncementAt(state: AnnouncerState): number | null {
  if (state.pending.length === 0) return null;
  return state.lastAt === null ? 0 : state.lastAt + ANNOUNCE_EVERY_MS;
}

const NOUNS: Record<Exclude<HappeningKind, 'check'>, [string, string]> = {
  rebalance: ['rebalance', 'rebalances'],
  election: ['election', 'elections'],
  broker: ['broker change', 'broker changes'],
};

/**
 * One sentence or a few: a lesson's check always in full; a kind that happened once in its own words; a kind
 * that happened more often as a count ("3 rebalances, 2 elections in the last seconds").
 */
export function summarize(happenings: readonly Happening[]): string {
  const checks = happenings.filter((h) => h.kind === 'check').map((h) => h.text);
  const single: string[] = [];
  const counts: string[] = [];
  for (const kind of ['rebalance', 'election', 'broker'] as const) {
    const of = happenings.filter((h) => h.kind === kind);
    if (of.length === 1) single.push(of[0]!.text);
    else if (of.length > 1) counts.push(`${of.length} ${NOUNS[kind][1]}`);
  }
  const counted = counts.length > 0 ? [`${counts.join(', ')} in the last seconds.`] : [];
  return [...checks, ...single, ...counted].join(' ');
}

/** The groups whose rebalance count went up since the last report, named as on the canvas. */
export function rebalances(
  before: readonly GroupReport[] | undefined,
  after: readonly GroupReport[],
  nameOf: (nodeId: string) => string,
): Happening[] {
  if (!before) return [];
  const counts = new Map(before.map((g) => [g.groupId, g.rebalances]));
  return after.flatMap((g) => {
    const was = counts.get(g.groupId);
    if (was === undefined || g.rebalances <= was) return [];
    return [{ kind: 'rebalance', text: `Group ${nameOf(g.node)} rebalanced, generation ${g.generation}.` }];
  });
}

/** An election or a broker going down or coming back, in a few words; null for every other event. */
export function happeningOf(event: SimEvent): Happening | null {
  if (event.type === 'election') {
    const leader = /^leader is now broker (\d+)/.exec(event.message);
    if (leader) return { kind: 'election', text: `${event.subject} leader moved to broker ${leader[1]}.` };
    if (event.message.startsWith('offline'))
      return { kind: 'election', text: `${event.subject} is offline: no in-sync replica is left to lead.` };
    return null;
  }
  if (event.type !== 'broker') return null;
  const broker = /^broker (\d+)/.exec(event.subject)?.[1];
  if (!broker) return null;
  const m = event.message;
  if (m.includes(' stopped') || m.includes(' shut down'))
    return { kind: 'broker', text: `Broker ${broker} down.` };
  if (m.startsWith('controller fenced')) return { kind: 'broker', text: `Broker ${broker} fenced.` };
  if (m.includes(' cut off from the controller'))
    return { kind: 'broker', text: `Broker ${broker} isolated.` };
  if (m.includes(' restarted') || m.includes(' reconnected and registered'))
    return { kind: 'broker', text: `Broker ${broker} up.` };
  return null;
}

/** A lesson step's check holding, with what the step asked. */
export function checkHolds(step: string): Happening {
  return { kind: 'check', text: `Check holds: ${step.replace(/\.$/, '')}.` };
}

/** An event's identity across reports (each report repeats the newest few events). */
export const eventKey = (e: SimEvent) => `${e.timeMs}|${e.type}|${e.subject}|${e.message}`;
