// A source's load profile: how its target rate moves over simulated time (not a Kafka setting: what the producer
// application is asked to send). Independent of `arrival`, which spaces the records within the current rate.
// Constant (the default) keeps `rate`; daily, step and spike are what a capacity planner types (absolute rates in
// records/s, as `rate` is); a trace is a measured rate series imported from CSV (model/traceCsv.ts).
import { z } from 'zod';
import { ms } from './settingTypes';

/** The most points a trace keeps: a day at one row every 10 s is 8,640. */
export const TRACE_MAX_POINTS = 10_000;
/** A trace's last time, in seconds: about 11.5 simulated days. */
export const TRACE_MAX_SECONDS = 1_000_000;

const profileRate = z.number().finite().min(0, 'must be >= 0').max(50_000_000, 'must be <= 50000000');
const hour = z.number().finite().min(0, 'must be >= 0').lt(24, 'must be < 24');

const daily = z
  .strictObject({
    type: z.literal('daily'),
    /** The busiest hour of the day (0-23.99, 14.5 is 14:30) and the rate then. */
    peakHour: hour,
    peakRate: profileRate,
    /** The quietest hour and the rate then. */
    troughHour: hour,
    troughRate: profileRate,
    /** The hour of day at simulated time zero (so a short run can start at the peak). */
    startHour: hour.default(0),
  })
  .refine((p) => p.peakHour !== p.troughHour, {
    message: 'must differ from peakHour',
    path: ['troughHour'],
  })
  .refine((p) => p.peakRate >= p.troughRate, {
    message: 'must be >= troughRate',
    path: ['peakRate'],
  });

const step = z.strictObject({
  type: z.literal('step'),
  /** From this simulated time on the source sends `stepRate` instead of `rate`. */
  stepAtMs: ms,
  stepRate: profileRate,
});

const spike = z.strictObject({
  type: z.literal('spike'),
  /** From spikeAtMs for spikeDurationMs the source sends `spikeRate`, then `rate` again. */
  spikeAtMs: ms,
  spikeDurationMs: ms.min(1, 'must be >= 1'),
  spikeRate: profileRate,
});

/** [seconds from the start, records/s]: the rate holds until the next point. */
const tracePoint = z.tuple([
  z.number().finite().min(0, 'must be >= 0').max(TRACE_MAX_SECONDS, `must be <= ${TRACE_MAX_SECONDS}`),
  profileRate,
]);

const trace = z
  .strictObject({
    type: z.literal('trace'),
    points: z
      .array(tracePoint)
      .min(1, 'must have at least one point')
      .max(TRACE_MAX_POINTS, `must have at most ${TRACE_MAX_POINTS} points`),
    /** Start over at the last point's time (the last point closes the loop); else the last rate holds. */
    repeat: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    const first = p.points[0];
    if (first && first[0] !== 0)
      ctx.addIssue({ code: 'custom', message: `must start at time 0, got ${first[0]}`, path: ['points', 0] });
    for (let i = 1; i < p.points.length; i++) {
      const before = p.points[i - 1]![0];
      const t = p.points[i]![0];
      if (t <= before) {
        ctx.addIssue({
          code: 'custom',
          message: `times must increase: ${t} after ${before}`,
          path: ['points', i],
        });
        return;
      }
    }
    if (p.repeat && p.points.length < 2)
      ctx.addIssue({
        code: 'custom',
        message: 'a repeating trace needs at least two points (the last one closes the loop)',
        path: ['repeat'],
      });
  });

export const loadProfileSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('constant') }),
  daily,
  step,
  spike,
  trace,
]);

export type LoadProfile = z.output<typeof loadProfileSchema>;
export type LoadProfileType = LoadProfile['type'];
