import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../engine';
import { group } from '../reports.testing';
import {
  ANNOUNCE_EVERY_MS,
  QUIET,
  checkHolds,
  coalesce,
  happeningOf,
  nextAnnouncementAt,
  rebalances,
  summarize,
  type AnnouncerState,
  type Happening,
} from './announcements';

const rebalance = (name: string, generation: number): Happening => ({
  kind: 'rebalance',
  text: `Group ${name} rebalanced, generation ${generation}.`,
});
const election: Happening = { kind: 'election', text: 'payments-0 leader moved to broker 2.' };
const brokerDown: Happening = { kind: 'broker', text: 'Broker 2 down.' };

/** Feeds happenings at wall times (ms) and returns what was said, with when. */
function run(steps: [number, Happening[]][]): [number, string][] {
  let state: AnnouncerState = QUIET;
  const said: [number, string][] = [];
  for (const [t, incoming] of steps) {
    const out = coalesce(state, t, incoming);
    state = out.state;
    if (out.say) said.push([t, out.say]);
  }
  return said;
}

describe('what the live region says, and when', () => {
  it('says the first change at once, then at most once every 5 s, coalescing what came between', () => {
    expect(ANNOUNCE_EVERY_MS).toBe(5000);
    expect(
      run([
        [1000, [rebalance('Database', 2)]],
        [1250, [rebalance('Analytics', 3)]],
        [2000, [rebalance('Email', 4), election]],
        [3000, [rebalance('Search', 5)]],
        [5999, []],
        [6000, []],
        [6500, [brokerDown]],
        [11_000, []],
      ]),
    ).toEqual([
      [1000, 'Group Database rebalanced, generation 2.'],
      [6000, 'payments-0 leader moved to broker 2. 3 rebalances in the last seconds.'],
      [11_000, 'Broker 2 down.'],
    ]);
  });

  it('says nothing while nothing changes', () => {
    expect(
      run([
        [0, []],
        [5000, []],
        [60_000, []],
      ]),
    ).toEqual([]);
    expect(nextAnnouncementAt(QUIET)).toBeNull();
  });

  it('tells when the waiting changes may be said', () => {
    const first = coalesce(QUIET, 1000, [election]).state;
    expect(nextAnnouncementAt(first)).toBeNull();
    const waiting = coalesce(first, 1200, [brokerDown]).state;
    expect(nextAnnouncementAt(waiting)).toBe(6000);
    expect(nextAnnouncementAt(coalesce(QUIET, 0).state)).toBeNull();
  });

  it('says a lesson check in full, first, and counts kinds seen more than once', () => {
    expect(
      summarize([
        rebalance('Database', 2),
        election,
        election,
        brokerDown,
        checkHolds('Add a fourth consumer to Billing.'),
      ]),
    ).toBe(
      'Check holds: Add a fourth consumer to Billing. Group Database rebalanced, generation 2. Broker 2 down. 2 elections in the last seconds.',
    );
  });

  it('hears a rebalance when a group’s count goes up, never on the first report or a new group', () => {
    const names = (id: string) => ({ database: 'Database', email: 'Email' })[id] ?? id;
    const before = [group({ groupId: 'g1', node: 'database', rebalances: 1, generation: 1 })];
    expect(rebalances(undefined, before, names)).toEqual([]);
    const after = [
      group({ groupId: 'g1', node: 'database', rebalances: 2, generation: 4 }),
      group({ groupId: 'g2', node: 'email', rebalances: 1 }),
    ];
    expect(rebalances(before, after, names)).toEqual([rebalance('Database', 4)]);
    expect(rebalances(after, after, names)).toEqual([]);
  });

  it('turns elections and brokers going down and up into a few words, and ignores the rest', () => {
    const event = (type: SimEvent['type'], subject: string, message: string): SimEvent => ({
      timeMs: 1000,
      type,
      subject,
      message,
    });
    expect(
      happeningOf(event('election', 'payments-0', 'leader is now broker 2 (was broker 1), leader epoch 3')),
    ).toEqual({ kind: 'election', text: 'payments-0 leader moved to broker 2.' });
    expect(
      happeningOf(
        event('election', 'payments-1', 'offline, no in-sync replica is left to lead (last leader 1)'),
      )?.text,
    ).toBe('payments-1 is offline: no in-sync replica is left to lead.');
    expect(happeningOf(event('broker', 'broker 2', 'broker 2 stopped; the controller fences it'))?.text).toBe(
      'Broker 2 down.',
    );
    expect(
      happeningOf(event('broker', 'broker 3', 'broker 3 shut down (controlled: leadership moved first)'))
        ?.text,
    ).toBe('Broker 3 down.');
    expect(
      happeningOf(event('broker', 'broker 2', 'broker 2 restarted and registered; its replicas catch up'))
        ?.text,
    ).toBe('Broker 2 up.');
    expect(
      happeningOf(
        event('broker', 'broker 2', 'controller fenced broker 2: no heartbeat for broker.session.timeout.ms'),
      )?.text,
    ).toBe('Broker 2 fenced.');
    expect(happeningOf(event('broker', 'broker 2', 'broker 2: network throttled to 5 MB/s'))).toBeNull();
    expect(happeningOf(event('group-state', 'billing', 'Stable -> PreparingRebalance: join'))).toBeNull();
    expect(happeningOf(event('isr', 'payments-0', 'ISR is now [1, 2]'))).toBeNull();
  });
});
