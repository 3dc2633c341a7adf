// When a consumer commits decides what a crash costs: at-least-once (commit after processing: the crashed poll
// is delivered again and its processed part processed twice) or at-most-once (commit before processing: the
// rest of the crashed poll is never processed). The three loops people write around KafkaConsumer.poll().
import { describe, expect, it } from 'vitest';
import type { CommitMode } from '../model/commitMode';
import { TestSim } from './sim.testing';
import type { ConsumerMember } from '../kafka/group/consumerMember';

/**
 * One partition fed at 1,000 records/s, so every poll returns max.poll.records = 500 (Kafka's default) from the
 * backlog; two consumers, the second idle until the first is gone; 100 records/s each, so one poll takes 5 s.
 */
function pipeline(config: {
  commitMode?: CommitMode;
  enableAutoCommit?: boolean;
  autoCommitIntervalMs?: number;
}) {
  const sim = new TestSim()
    .topic('orders', { partitions: 1 })
    .source('shop', { rate: 1000 }, ['orders'])
    .sink(
      'billing',
      { consumers: 2, processingRate: 100, autoOffsetReset: 'earliest', sessionTimeoutMs: 10_000, ...config },
      ['orders'],
    )
    .start();
  sim.advance(10_000);
  const group = sim.state.groups.get('billing')!;
  const active = group.members.find((m) => m.assignedPartitions.length > 0)!;
  return { sim, group, active };
}

/** Steps to the start of the member's next poll that satisfies `accept`; returns its first offset. */
function nextPoll(
  sim: TestSim,
  member: ConsumerMember,
  accept: (from: number) => boolean = () => true,
): number {
  let seen = member.pollStartedMs;
  for (let ms = 0; ms < 60_000; ms++) {
    sim.advance(1);
    const started = member.pollStartedMs;
    if (started === null || started === seen) continue;
    seen = started;
    const from = member.positions[0]! - 500;
    if (accept(from)) {
      // The poll started at `started` (possibly within the last tick): go to 2.5 s into it.
      sim.sim.step(started + 2500 - sim.sim.nowMs);
      return from;
    }
  }
  throw new Error('no such poll');
}

describe('commitMode: how a consumer commits', () => {
  it('after processing: a crash 2.5 s into a poll delivers the whole poll again and processes 250 twice', () => {
    const { sim, active } = pipeline({ commitMode: 'after-processing', enableAutoCommit: false });
    const from = nextPoll(sim, active);
    // commitSync ran when the previous poll was processed: the group's offset is this poll's first record.
    expect(sim.committed('billing', 'orders')[0]).toBe(from);
    sim.sim.crashConsumer('billing', active.clientId);
    // 2,500 ms at 100 records/s: 250 of the 500 records were processed when the process died.
    expect(active.recordsConsumed % 500).toBe(250);
    sim.advance(30_000);
    // After session.timeout.ms the other consumer takes the partition from offset `from`: its first poll is the
    // crashed poll again, 500 records delivered twice, and the 250 processed before the crash processed twice.
    expect(sim.group('billing')).toMatchObject({ duplicates: 500, reprocessed: 250, recordsSkipped: 0 });
  });

  it('before processing: a crash 2.5 s into a poll never processes the other 250, and delivers nothing twice', () => {
    const { sim, group, active } = pipeline({ commitMode: 'before-processing', enableAutoCommit: false });
    const processed: [number, number][] = [];
    group.onRecordsProcessed = (_topic, _p, fromOffset, endOffset) => processed.push([fromOffset, endOffset]);
    const from = nextPoll(sim, active);
    // commitSync right after poll(): the group's offset is already past the whole poll.
    expect(sim.committed('billing', 'orders')[0]).toBe(from + 500);
    sim.sim.crashConsumer('billing', active.clientId);
    // The 250 records not yet processed were committed: no consumer of the group will ever process them.
    expect(sim.group('billing').recordsSkipped).toBe(250);
    sim.advance(30_000);
    expect(sim.group('billing')).toMatchObject({ duplicates: 0, reprocessed: 0, recordsSkipped: 250 });
    // Offsets [from + 250, from + 500) were never processed, before the crash or after it.
    const overlapping = processed.filter(([f, e]) => f < from + 500 && e > from + 250);
    expect(overlapping).toEqual([]);
    // The survivor went on from the committed offset.
    expect(processed.some(([f]) => f === from + 500)).toBe(true);
  });

  it('auto-commit: a crash delivers again everything polled since the last auto-commit', () => {
    // auto.commit.interval.ms 7,500 with a poll every 5 s: poll() auto-commits at every other poll.
    const { sim, active } = pipeline({ commitMode: 'auto', autoCommitIntervalMs: 7500 });
    // A poll whose poll() did not auto-commit: the last commit is at the previous poll's first record.
    const from = nextPoll(sim, active, (f) => sim.committed('billing', 'orders')[0] === f - 500);
    sim.sim.crashConsumer('billing', active.clientId);
    sim.advance(30_000);
    // Delivered again: the previous poll (500) and the crashed one (500). Processed twice: the previous poll
    // and the 250 of the crashed one processed before the crash.
    expect(sim.group('billing')).toMatchObject({ duplicates: 1000, reprocessed: 750, recordsSkipped: 0 });
    // The first such poll starts after three polls of max.poll.records (500).
    expect(from).toBe(3 * 500);
  });

  it('enableAutoCommit false without commitMode keeps meaning commit after processing', () => {
    const { sim, active } = pipeline({ enableAutoCommit: false });
    nextPoll(sim, active);
    sim.sim.crashConsumer('billing', active.clientId);
    sim.advance(30_000);
    expect(sim.group('billing')).toMatchObject({ duplicates: 500, reprocessed: 250, recordsSkipped: 0 });
  });
});
