import { describe, expect, it } from 'vitest';
import { parseArgs, parseDuration } from './args';

describe('parseDuration: a simulated time in milliseconds', () => {
  it.each([
    ['250ms', 250],
    ['60s', 60_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['24h', 86_400_000],
    ['1500', 1500],
    ['1.5s', 1500],
    ['0.25m', 15_000],
    ['1.5ms', 2],
    ['  30s  ', 30_000],
  ])('"%s" is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'abc', '0', '0s', '0.0001s', '-5s', '10 s', '1d', '1S', '.5s', '1.s', '5m30s', 's'])(
    '"%s" is not a duration',
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );
});

describe('parseArgs: the command line of npm run simulate', () => {
  it('a design file alone runs 60 s with seed 1 and a readable report', () => {
    expect(parseArgs(['design.json'])).toEqual({
      file: 'design.json',
      durationMs: 60_000,
      seed: 1,
      json: false,
      events: false,
      // Franz's memory budget, 1 GB.
      memoryBytes: 1_000_000_000,
      // The fluid mode for runs over 10 minutes, the per-record mode otherwise.
      mode: 'auto',
    });
  });

  it('reads every option, in any order around the file', () => {
    expect(
      parseArgs([
        '--json',
        '--duration',
        '5m',
        'design.json',
        '--seed',
        '42',
        '--events',
        '--memory',
        '4000',
        '--mode',
        'fluid',
      ]),
    ).toEqual({
      file: 'design.json',
      durationMs: 300_000,
      seed: 42,
      json: true,
      events: true,
      memoryBytes: 4_000_000_000,
      mode: 'fluid',
    });
  });

  it('--memory takes a whole number of MB from 1 to 1,000,000', () => {
    for (const bad of ['0', '1.5', '-1', '2GB', '1000001', ''])
      expect(parseArgs(['d.json', '--memory', bad])).toBe(
        `--memory: expected a whole number of MB from 1 to 1000000, got "${bad}"`,
      );
  });

  it('the last --duration and --seed win', () => {
    const args = parseArgs([
      'd.json',
      '--duration',
      '10s',
      '--duration',
      '250ms',
      '--seed',
      '3',
      '--seed',
      '0',
    ]);
    expect(args).toMatchObject({ durationMs: 250, seed: 0 });
  });

  it('seeds range over 32 bits: 0 and 4294967295 are accepted', () => {
    expect(parseArgs(['d.json', '--seed', '0'])).toMatchObject({ seed: 0 });
    expect(parseArgs(['d.json', '--seed', '4294967295'])).toMatchObject({ seed: 4_294_967_295 });
  });

  it.each(['-1', '1.5', '4294967296', 'abc', '', ' ', '0x10', '1e3'])('--seed "%s" is refused', (seed) => {
    expect(parseArgs(['d.json', '--seed', seed])).toBe(
      `--seed: expected a whole number from 0 to 4294967295, got "${seed}"`,
    );
  });

  it('--seed with no value is refused', () => {
    expect(parseArgs(['d.json', '--seed'])).toBe(
      '--seed: expected a whole number from 0 to 4294967295, got ""',
    );
  });

  it('--duration abc is refused, quoting what was given', () => {
    expect(parseArgs(['d.json', '--duration', 'abc'])).toBe(
      '--duration: expected a time such as 60s, 5m or 1h, got "abc"',
    );
  });

  it('--duration with no value is refused', () => {
    expect(parseArgs(['d.json', '--duration'])).toBe(
      '--duration: expected a time such as 60s, 5m or 1h, got ""',
    );
  });

  it('--duration does not swallow the next option as its value', () => {
    expect(parseArgs(['d.json', '--duration', '--json'])).toBe(
      '--duration: expected a time such as 60s, 5m or 1h, got "--json"',
    );
  });

  it('no design file', () => {
    expect(parseArgs([])).toBe('missing the design file');
    expect(parseArgs(['--json', '--seed', '2'])).toBe('missing the design file');
  });

  it('an unknown option', () => {
    expect(parseArgs(['d.json', '--verbose'])).toBe('unknown option --verbose');
  });

  it('a second file', () => {
    expect(parseArgs(['a.json', 'b.json'])).toBe('unexpected argument "b.json"');
  });

  it('--mode takes auto, fluid or record', () => {
    expect(parseArgs(['d.json', '--mode', 'record'])).toMatchObject({ mode: 'record' });
    expect(parseArgs(['d.json', '--mode', 'fast'])).toBe('--mode: expected auto, fluid, record, got "fast"');
    expect(parseArgs(['d.json', '--mode'])).toBe('--mode: expected auto, fluid, record, got ""');
  });

  it('--export takes topics, properties or compose, and --out a directory', () => {
    expect(parseArgs(['d.json', '--export', 'compose', '--out', 'kafka'])).toMatchObject({
      exportKind: 'compose',
      outDir: 'kafka',
    });
    expect(parseArgs(['d.json', '--export', 'yaml'])).toBe(
      '--export: expected topics, properties, compose, got "yaml"',
    );
    expect(parseArgs(['d.json', '--export'])).toBe('--export: expected topics, properties, compose, got ""');
    expect(parseArgs(['d.json', '--out'])).toBe('--out: expected a directory');
  });

  it('--sweep takes <setting>=<values>, --compare a second file, --csv either table as CSV', () => {
    expect(
      parseArgs(['d.json', '--sweep', 'nodes.orders.partitions=3..48', '--duration', '1h']),
    ).toMatchObject({
      sweep: 'nodes.orders.partitions=3..48',
      durationMs: 3_600_000,
    });
    expect(parseArgs(['a.json', '--compare', 'b.json', '--csv'])).toMatchObject({
      file: 'a.json',
      compare: 'b.json',
      csv: true,
    });
    expect(parseArgs(['d.json', '--sweep', 'nodes.orders.partitions'])).toBe(
      '--sweep: expected <setting>=<values>, e.g. nodes.orders.partitions=3..48, got "nodes.orders.partitions"',
    );
    expect(parseArgs(['d.json', '--sweep'])).toBe(
      '--sweep: expected <setting>=<values>, e.g. nodes.orders.partitions=3..48, got ""',
    );
    expect(parseArgs(['d.json', '--compare'])).toBe('--compare: expected a second design file');
    expect(parseArgs(['d.json', '--compare', '--json'])).toBe('--compare: expected a second design file');
  });

  it('--sweep, --compare, --export and --csv only where they make sense together', () => {
    expect(parseArgs(['a.json', '--sweep', 'cluster.brokers=1,3', '--compare', 'b.json'])).toBe(
      '--sweep and --compare: choose one',
    );
    expect(parseArgs(['a.json', '--compare', 'b.json', '--export', 'topics'])).toBe(
      '--sweep and --compare run the design; --export and --out do not: choose one',
    );
    expect(parseArgs(['a.json', '--csv'])).toBe('--csv: only with --sweep or --compare');
    expect(parseArgs(['a.json', '--compare', 'b.json', '--csv', '--json'])).toBe(
      '--csv and --json: choose one',
    );
  });
});
