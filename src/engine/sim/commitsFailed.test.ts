// CommitFailedException: a consumer that does not call poll() within max.poll.interval.ms is out of the group by the
// time its commitSync comes, and the coordinator refuses the commit; the report counts these as commitsFailed.
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

/** Two consumers at 10 records/s with polls of max.poll.records 500 (50 s each) against max.poll.interval.ms 30 s. */
function slowGroup(maxPollRecords: number) {
  return new TestSim()
    .topic('images', { partitions: 2 })
    .source('uploads', { rate: 100 }, ['images'])
    .sink(
      'thumbnailer',
      {
        consumers: 2,
        processingRate: 10,
        autoOffsetReset: 'earliest',
        maxPollIntervalMs: 30_000,
        maxPollRecords,
        commitMode: 'after-processing',
        enableAutoCommit: false,
      },
      ['images'],
    )
    .start();
}

describe('commitsFailed: commits after processing the coordinator refuses', () => {
  it('polls that outlast max.poll.interval.ms: every late commitSync fails and the group rebalances again', () => {
    const group = slowGroup(500).advance(130_000).group('thumbnailer');
    // Three polls ran past 30 s: each member left the group, its commit was refused, and the records of that poll
    // were delivered again after the rebalance (the first polls, taken before the backlog reached 500, held fewer).
    expect(group).toMatchObject({ commitsFailed: 3, generation: 4, duplicates: 1308 });
  });

  it('polls that fit: no commit fails and the group stays on its first generation', () => {
    const group = slowGroup(100).advance(130_000).group('thumbnailer');
    expect(group).toMatchObject({ commitsFailed: 0, generation: 1, duplicates: 0 });
  });
});
