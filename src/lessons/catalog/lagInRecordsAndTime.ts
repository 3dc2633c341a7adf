// L6. Lag in records and in time: records-lag-max says how many records a group is behind, not how late it is.
// Lag in time is lag over the arrival rate (Little's law); the trend (the slope of a line through recent lag
// samples), LinkedIn Burrow's status (metrics/burrow.ts: WARN while lag grows) and the drain ETA (backlog over the
// rate consumers outpace producers) say where it is going.
import type { Lesson } from '../lesson';
import type { SimulationReport } from '../../engine';
import { figure, groupOf, settled, sourceOf } from '../reportQueries';

const SINK = 'reports';
const RATE = 1000;
const CONSUMER_RATE = 400;
/** auto.commit.interval.ms: a committed offset trails what was processed by up to this much. */
const COMMIT_MS = 5000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Records App sent that Reports has not processed yet: exact, where the committed lag moves by whole commits. */
const backlog = (report: SimulationReport) =>
  (sourceOf(report, 'app')?.recordsProduced ?? 0) - (groupOf(report, SINK)?.recordsConsumed ?? 0);

/**
 * Little's law: the time lag (the oldest record not yet committed) is the backlog over the arrival rate, to within
 * 5% and one auto.commit.interval.ms (the committed offset trails what was processed by up to a commit).
 */
const littleHolds = (timeLagMs: number, records: number) => {
  const predictedMs = (records / RATE) * 1000;
  return Math.abs(timeLagMs - predictedMs) <= predictedMs * 0.05 + COMMIT_MS;
};

export const lagInRecordsAndTime: Lesson = {
  id: 'L6',
  title: 'Lag in records and in time',
  corrects: 'Lag in records tells me how late I am.',
  learn:
    'Lag over the arrival rate is how late a group is (Little’s law); its slope, Burrow’s status and the drain ETA say where it goes.',
  seed: 6,
  speed: 25,
  design: {
    format: 'franz.pipeline',
    version: 1,
    name: 'Lesson: lag in records and in time',
    nodes: [
      {
        id: 'app',
        kind: 'source',
        name: 'App',
        position: { x: 0, y: 40 },
        config: { rate: RATE, partitioner: 'roundrobin' },
      },
      {
        id: 't-events',
        kind: 'topic',
        name: 'events',
        position: { x: 320, y: 0 },
        config: { partitions: 4 },
      },
      {
        id: SINK,
        kind: 'sink',
        name: 'Reports',
        position: { x: 640, y: 40 },
        config: {
          groupId: 'reports',
          consumers: 2,
          processingRate: CONSUMER_RATE,
          fetchMaxWaitMs: 0,
          autoOffsetReset: 'earliest',
        },
      },
    ],
    edges: [
      { from: 'app', to: 't-events' },
      { from: 't-events', to: SINK },
    ],
  },
  steps: [
    {
      do: 'Watch Reports until it is 30,000 records behind: 1,000 records/s arrive, two consumers handle 400 each.',
      watch:
        "Reports' lag, its trend and how far behind it is in seconds (the inspector), and its Burrow status.",
      check: ({ report }, notes) => {
        const g = groupOf(report, SINK);
        if (!settled(g, 2) || g.lagTrend !== 'growing') return false;
        const now = backlog(report);
        if (notes.fromMs === undefined) {
          notes.fromMs = report.simulatedMs;
          notes.fromBacklog = now;
        }
        if (g.status === 'WARN') notes.sawWarn = 1;
        const spanMs = report.simulatedMs - notes.fromMs;
        if (spanMs < 20_000 || now < 30_000 || notes.sawWarn !== 1) return false;
        notes.slope = ((now - notes.fromBacklog!) / spanMs) * 1000;
        return Math.abs(notes.slope - 200) <= 200 * 0.02 && littleHolds(g.timeLagMs, now);
      },
      progress: ({ report }, notes) => {
        const g = groupOf(report, SINK);
        return g
          ? `${figure(backlog(report))} records behind, ${seconds(g.timeLagMs)}; ${g.lagTrend}, ${g.status}` +
              (notes.slope === undefined ? '' : `; +${figure(notes.slope)} records/s`)
          : '';
      },
      because:
        'The records not yet processed grow by 1,000 − 2 × 400 = 200 a second. Burrow said WARN while the lag ' +
        'at each commit was higher than at the one before; once a partition’s lag dips at one commit (each ' +
        'consumer reads two partitions in turns), its rule says OK although the lag still grows: read the trend ' +
        'too. How late is the group? The records behind over the ' +
        'arrival rate: 30,000 records at 1,000 records/s is 30 s (Little’s law), the age of the oldest record ' +
        'not yet read, as the inspector shows. The same 30,000 records would be 5 minutes late on a topic of ' +
        '100 records/s.',
      withinMs: 240_000,
    },
    {
      do: 'Select Reports and add two consumers (4 in all).',
      watch: 'The trend turns to draining; the inspector says when the lag will be gone ("Drains in").',
      check: ({ report }, notes) => {
        const g = groupOf(report, SINK);
        if (!settled(g, 4) || g.lagTrend !== 'draining' || g.timeToDrainMs === null) return false;
        // The ETA is the backlog over 4 × 400 − 1,000 = 600 records/s.
        const expected = (backlog(report) / (4 * CONSUMER_RATE - RATE)) * 1000;
        if (Math.abs(g.timeToDrainMs - expected) > expected * 0.05) return false;
        notes.etaMs = g.timeToDrainMs;
        notes.etaAtMs = report.simulatedMs;
        return true;
      },
      progress: ({ report }) => {
        const g = groupOf(report, SINK);
        return g
          ? `${g.members.length} consumers, ${g.lagTrend}, ${figure(backlog(report))} records behind`
          : '';
      },
      because:
        'Four consumers handle 1,600 records/s against 1,000 arriving: the backlog shrinks by 600 records/s, so ' +
        'it is gone in backlog / 600 seconds. That is the ETA the inspector shows.',
      act: [
        { kind: 'addConsumer', node: SINK },
        { kind: 'addConsumer', node: SINK },
      ],
      withinMs: 60_000,
    },
    {
      do: 'Watch the lag reach zero.',
      watch: 'The ETA in the inspector counting down, and the records behind falling to zero.',
      check: ({ report }, notes) => {
        const g = groupOf(report, SINK);
        if (!g || notes.etaAtMs === undefined || notes.etaMs === undefined) return false;
        // Caught up: less than a second of input not yet processed. The ETA was checked against the backlog over
        // 600 records/s when it was read (the step before); how close the drain came to it is said, not required:
        // the estimate reads rates measured between commits, and a second rebalance moves it.
        if (backlog(report) >= RATE) return false;
        notes.drainedInMs = report.simulatedMs - notes.etaAtMs;
        return true;
      },
      progress: ({ report }, notes) => {
        const g = groupOf(report, SINK);
        return g
          ? `${figure(backlog(report))} records behind, ${g.status}; the ETA said ${seconds(notes.etaMs ?? 0)}` +
              (notes.drainedInMs === undefined ? '' : `; drained in ${seconds(notes.drainedInMs)}`)
          : '';
      },
      because:
        'The backlog was gone about when the ETA said: it is the backlog over the rate the consumers outpace the ' +
        'producers, measured as the group reads. ' +
        'Watch lag in time and its trend, not a record count: a count means nothing without the rate.',
      withinMs: 240_000,
    },
  ],
  names: [
    { name: 'records-lag-max', what: "the consumer's JMX metric: lag in records, not in time" },
    { name: 'Burrow status', what: 'OK, WARN (lag rising), ERR, STOP, STALL: LinkedIn’s lag evaluation' },
    { name: 'auto.commit.interval.ms', what: 'lag is seen at commits: every 5 s by default' },
  ],
  quiz: {
    question: 'A group is 60,000 records behind on a topic that receives 2,000 records/s. How late is it?',
    options: ['60,000 s', '30 s', '2 s', 'It depends on the consumers'],
    answer: 1,
    why: 'Little’s law: the time lag is the lag over the arrival rate, 60,000 / 2,000 = 30 s.',
  },
};
