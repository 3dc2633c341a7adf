// A load profile's highest rate, apart from the profile's schema: the worker sizes designs with it (designSize.ts)
// and must not bundle the validation library, which only the page runs.
import type { LoadProfile } from './loadProfile';

/** The highest rate a source with this profile is ever asked for, records/s (for the design's size estimate). */
export function peakRateOf(rate: number, profile: LoadProfile): number {
  switch (profile.type) {
    case 'constant':
      return rate;
    case 'daily':
      return profile.peakRate;
    case 'step':
      return Math.max(rate, profile.stepRate);
    case 'spike':
      return Math.max(rate, profile.spikeRate);
    case 'trace': {
      let peak = 0;
      for (const [, r] of profile.points) if (r > peak) peak = r;
      return peak;
    }
  }
}
