// The source form's load profile (engine/model/loadProfile.ts): one select, then the fields of the chosen shape.
// A trace is imported from CSV by its own editor (nodes/source/TraceImport.tsx) in the `profile.points` place.
import type { Config, FieldSpec } from '../formModel';

const profileType = (c: Config) => (c.profile as { type?: string } | undefined)?.type ?? 'constant';
const is = (type: string) => (c: Config) => profileType(c) === type;

/** Daily curves and traces give every rate themselves: `rate` is then not used. */
export function rateOff(c: Config): string | null {
  const type = profileType(c);
  if (type === 'daily') return 'the daily curve sets the rate';
  if (type === 'trace') return 'the CSV trace sets the rate';
  return null;
}

const recordsPerSec = { unit: 'records/s', step: 10 } as const;

export const loadProfileFields: readonly FieldSpec[] = [
  {
    type: 'select',
    path: 'profile.type',
    label: 'Load profile',
    defaultText: 'default constant',
    hint: 'how the rate moves over simulated time; arrivals space the records within it',
    options: [
      { value: 'constant', label: 'Constant' },
      { value: 'daily', label: 'Daily' },
      { value: 'step', label: 'Step' },
      { value: 'spike', label: 'Spike' },
      { value: 'trace', label: 'CSV trace' },
    ],
  },
  { type: 'number', path: 'profile.stepAtMs', label: 'Step at', unit: 'ms', step: 1000, when: is('step') },
  {
    type: 'number',
    path: 'profile.stepRate',
    label: 'After the step',
    ...recordsPerSec,
    hint: 'from the step on, instead of Rate',
    when: is('step'),
  },
  { type: 'number', path: 'profile.spikeAtMs', label: 'Spike at', unit: 'ms', step: 1000, when: is('spike') },
  {
    type: 'number',
    path: 'profile.spikeDurationMs',
    label: 'Spike length',
    unit: 'ms',
    step: 1000,
    when: is('spike'),
  },
  {
    type: 'number',
    path: 'profile.spikeRate',
    label: 'During the spike',
    ...recordsPerSec,
    hint: 'then back to Rate',
    when: is('spike'),
  },
  {
    type: 'number',
    path: 'profile.peakHour',
    label: 'Peak hour',
    unit: 'h',
    step: 1,
    hint: '0 to 23.99 (14.5 is 14:30)',
    when: is('daily'),
  },
  { type: 'number', path: 'profile.peakRate', label: 'At the peak', ...recordsPerSec, when: is('daily') },
  { type: 'number', path: 'profile.troughHour', label: 'Trough hour', unit: 'h', step: 1, when: is('daily') },
  { type: 'number', path: 'profile.troughRate', label: 'At the trough', ...recordsPerSec, when: is('daily') },
  {
    type: 'number',
    path: 'profile.startHour',
    label: 'Hour at start',
    unit: 'h',
    step: 1,
    defaultText: 'default 0 (midnight)',
    hint: 'the hour of day at simulated time 0: start at the peak to see it soon',
    when: is('daily'),
  },
  { type: 'list', path: 'profile.points', label: 'Trace', when: is('trace') },
  {
    type: 'checkbox',
    path: 'profile.repeat',
    label: 'Repeat the trace',
    defaultText: 'default off: the last rate holds',
    hint: 'starts over at the last row’s time',
    when: is('trace'),
  },
];
