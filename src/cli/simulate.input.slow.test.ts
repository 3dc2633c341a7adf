// The CLI as a process: what is not a design file, progress, the size check, and output that stays escaped.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SimulationReport } from '../engine';
import { EXAMPLE, ROOT, SLOW, simulate, simulateWith } from './simulate.testing';

const scratch = mkdtempSync(join(tmpdir(), 'franz-simulate-input-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('what is not a design file is refused before it is read (as the app refuses it)', () => {
  it('/dev/zero: refused at once, not read for ever', { timeout: SLOW }, () => {
    const run = simulate('/dev/zero');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('simulate: cannot read /dev/zero: it is a character device, not a design file\n');
  });

  it('a directory', { timeout: SLOW }, () => {
    const run = simulate(scratch);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`simulate: cannot read ${scratch}: it is a directory, not a design file\n`);
  });

  it('a file over 2 MB, in the words of the app', { timeout: SLOW }, () => {
    const file = join(scratch, 'big.json');
    writeFileSync(file, ' '.repeat(3 * 1024 * 1024));
    const run = simulate(file);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `simulate: cannot read ${file}: it is 3.0 MB, and a design file may be at most 2 MB\n`,
    );
  });

  it('a UTF-16 file with its byte-order mark runs, as it imports in the app', { timeout: SLOW }, () => {
    const text = readFileSync(join(ROOT, EXAMPLE), 'utf8');
    const file = join(scratch, 'utf16.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const run = simulate(file, '--duration', '2s');
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe('Five sources, four sinks, one log: 2.0 s simulated, seed 1');
  });
});

describe('progress of a run goes to standard error, never to standard output', () => {
  it(
    'a 5 s run with a line after every simulated second: 4 lines on stderr, one JSON line on stdout',
    { timeout: SLOW },
    () => {
      const run = simulateWith({ FRANZ_PROGRESS_INTERVAL_MS: '0' }, EXAMPLE, '--duration', '5s', '--json');
      expect(run.status).toBe(0);
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines.map((l) => l.replace(/, [\d.]+ s elapsed$/, ''))).toEqual([
        'simulate: simulated 1.0 s of 5.0 s (20%)',
        'simulate: simulated 2.0 s of 5.0 s (40%)',
        'simulate: simulated 3.0 s of 5.0 s (60%)',
        'simulate: simulated 4.0 s of 5.0 s (80%)',
      ]);
      for (const l of lines) expect(l).toMatch(/, \d+\.\d s elapsed$/);
      expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
      expect((JSON.parse(run.stdout) as SimulationReport).simulatedMs).toBe(5000);
    },
  );
});

describe('the size of a design is checked before it runs', () => {
  it(
    'over the memory budget: refused with the estimate, the budget and what takes it',
    { timeout: SLOW },
    () => {
      const run = simulate(EXAMPLE, '--duration', '30s', '--memory', '1');
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `simulate: ${EXAMPLE}: this design needs about 3 MB, over Franz's 1 MB memory budget: ` +
          'record details of 18 partitions (about 2 MB), 18 partitions (about 288 kB); lower partitions, groups ' +
          'or record rates (or raise the budget with --memory <MB>)\n',
      );
    },
  );

  it('slower than real time: a warning on stderr first, then the run', { timeout: SLOW }, () => {
    const nodes: object[] = [
      { id: 's', kind: 'source', name: 's', config: { rate: 1000 } },
      { id: 't', kind: 'topic', name: 'big', config: { partitions: 1000 } },
    ];
    const edges = [{ from: 's', to: 't' }];
    for (let g = 0; g < 50; g++) {
      nodes.push({ id: `k${g}`, kind: 'sink', name: `k${g}`, config: {} });
      edges.push({ from: 't', to: `k${g}` });
    }
    const file = join(scratch, 'wide.json');
    writeFileSync(file, JSON.stringify({ format: 'franz.pipeline', version: 1, name: 'wide', nodes, edges }));
    const run = simulate(file, '--duration', '20ms', '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'simulate: warning: This design is large: about 51 million steps per simulated second (50 groups polling ' +
        '50,000 partitions in all every millisecond), about 51,000 records/s to simulate; it will run slower ' +
        'than real time\n',
    );
    expect((JSON.parse(run.stdout) as SimulationReport).simulatedMs).toBe(20);
  });
});

describe('nothing from the design or the file reaches the terminal raw', () => {
  /** Any character a terminal acts on, but the newline. */
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const TITLE = '\u001b]0;pwned\u0007';

  it('names in the readable report and the JSON', { timeout: SLOW }, () => {
    const doc = JSON.parse(readFileSync(join(ROOT, EXAMPLE), 'utf8')) as {
      name: string;
      nodes: { id: string; name: string }[];
    };
    doc.name = `pwned ${TITLE}\u202e`;
    doc.nodes.find((n) => n.id === 'web')!.name = `Web ${TITLE}`;
    const file = join(scratch, 'hostile-names.json');
    writeFileSync(file, JSON.stringify(doc));
    const text = simulate(file, '--duration', '2s');
    expect(text.status).toBe(0);
    expect(RAW.test(text.stdout)).toBe(false);
    expect(text.stdout.split('\n')[0]).toBe('pwned \\x1b]0;pwned\\x07\\u{202e}: 2.0 s simulated, seed 1');
    expect(text.stdout).toContain('Web \\x1b]0;pwned\\x07');
    const json = simulate(file, '--duration', '2s', '--json');
    expect(RAW.test(json.stdout)).toBe(false);
    expect((JSON.parse(json.stdout) as SimulationReport).sources[0]!.name).toBe(`Web ${TITLE}`);
  });

  it('a file path and a file’s bytes quoted in a refusal', { timeout: SLOW }, () => {
    const file = join(scratch, `evil${TITLE}.json`);
    writeFileSync(file, `{"format": ${TITLE}}`);
    const run = simulate(file);
    expect(run.status).toBe(2);
    expect(RAW.test(run.stderr)).toBe(false);
    expect(run.stderr).toContain(`simulate: ${scratch}/evil\\x1b]0;pwned\\x07.json is not a valid design:`);
    const missing = simulate(join(scratch, `none${TITLE}.json`));
    expect(missing.stderr).toBe(`simulate: cannot read ${scratch}/none\\x1b]0;pwned\\x07.json: ENOENT\n`);
  });
});
