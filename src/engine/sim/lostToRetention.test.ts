// Records lost to retention: a stopped group whose committed offset retention deleted (the log start passed it) gets
// OFFSET_OUT_OF_RANGE when it comes back and is reset by auto.offset.reset; the records between are never read.
// retention.ms 60 s and segment.ms 10 s; retention runs at 30 s and then every 300 s (log.retention.check.interval.ms).
import { describe, expect, it } from 'vitest';
import { TestSim } from './sim.testing';

function stoppedFiveMinutes(autoOffsetReset: 'earliest' | 'latest') {
  const sim = new TestSim()
    .topic('clicks', { partitions: 2, retentionMs: 60_000, segmentMs: 10_000 })
    .source('web', { rate: 100, keys: { type: 'uniform', count: 10 } }, ['clicks'])
    .sink('stats', { autoOffsetReset: 'earliest' }, ['clicks'])
    .start()
    .advance(40_000);
  // Stopped at 40 s; retention deletes at 330 s everything older than 60 s, whole segments at a time.
  sim.sim.crashConsumer('stats');
  const committed = sim.committed('stats', 'clicks');
  sim.advance(300_000);
  const starts = [0, 1].map((p) => sim.partition('clicks', p).logStartOffset);
  expect(starts[0]).toBeGreaterThan(committed[0]!);
  expect(starts[1]).toBeGreaterThan(committed[1]!);
  const doc = sim.document();
  const stats = doc.nodes.find((n) => n.id === 'stats')!;
  if (stats.kind !== 'sink') throw new Error('stats is a sink');
  stats.config.autoOffsetReset = autoOffsetReset;
  sim.sim.update(doc);
  // Resumed at 340 s: the new consumer joins, and its assigned positions are out of range.
  sim.sim.applyFault({ type: 'consumer-start', node: 'stats' });
  sim.advance(3001);
  return { sim, committed, starts };
}

describe('records lost to retention', () => {
  it('under earliest: the records between the committed offset and the log start', () => {
    const { sim, committed, starts } = stoppedFiveMinutes('earliest');
    const lost = starts[0]! - committed[0]! + (starts[1]! - committed[1]!);
    expect(sim.group('stats').recordsLostToRetention).toBe(lost);
    expect(lost).toBe(22_250);
    expect(sim.eventLines('offset-reset')).toEqual([
      `343001: clicks-0: committed offset is out of range; reset to earliest offset ${starts[0]}`,
      `343001: clicks-1: committed offset is out of range; reset to earliest offset ${starts[1]}`,
    ]);
  });

  it('under latest: everything up to the high watermark', () => {
    const { sim, committed } = stoppedFiveMinutes('latest');
    // Reset at 343,001 ms to each partition's high watermark then, as the events say.
    const ends = sim.eventLines('offset-reset').map((line) => Number(line.split(' ').at(-1)));
    expect(ends).toHaveLength(2);
    expect(sim.group('stats').recordsLostToRetention).toBe(
      ends[0]! - committed[0]! + (ends[1]! - committed[1]!),
    );
    expect(sim.group('stats').recordsLostToRetention).toBe(30_500);
  });
});
