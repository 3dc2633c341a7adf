import { describe, expect, it } from 'vitest';
import { chooseMode } from './mode';

const PROCESSOR = `processor "enrich" copies each record's key and timestamp, which the fluid mode does not keep`;

describe('chooseMode: which engine mode npm run simulate runs', () => {
  it('auto: a run up to 10 minutes goes per record, quietly as before', () => {
    expect(chooseMode('auto', 60_000, null)).toEqual({ mode: 'record', line: null });
    expect(chooseMode('auto', 600_000, null)).toEqual({ mode: 'record', line: null });
  });

  it('auto: a longer run goes fluid and says so', () => {
    expect(chooseMode('auto', 86_400_000, null)).toEqual({
      mode: 'fluid',
      line: 'mode: fluid (24.0 h of simulated time, over 10.0 min; --mode record for every record)',
    });
  });

  it('auto: a long run of a design the fluid mode cannot run goes per record, with the reason', () => {
    expect(chooseMode('auto', 3_600_000, PROCESSOR)).toEqual({
      mode: 'record',
      line: `mode: record (60.0 min, but ${PROCESSOR})`,
    });
  });

  it('a person can force either mode; forcing fluid on such a design is refused', () => {
    expect(chooseMode('record', 86_400_000, null)).toEqual({
      mode: 'record',
      line: 'mode: record (asked for with --mode record)',
    });
    expect(chooseMode('fluid', 5_000, null)).toEqual({
      mode: 'fluid',
      line: 'mode: fluid (asked for with --mode fluid)',
    });
    expect(chooseMode('fluid', 5_000, PROCESSOR)).toEqual({
      mode: 'record',
      line: null,
      refused: `--mode fluid: ${PROCESSOR}`,
    });
  });
});
