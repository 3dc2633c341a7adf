// `npm run simulate -- FILE --export ...` and `--out DIR`, as a person or a script runs them: a child process.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE, SLOW, simulate } from './simulate.testing';

const scratch = mkdtempSync(join(tmpdir(), 'franz-export-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TOPICS = ['user-events', 'payments', 'telemetry', 'customers'];

describe('simulate --export', () => {
  it('topics prints the kafka-topics.sh commands without running the simulation', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, '--export', 'topics');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const commands = run.stdout.split('\n').filter((l) => l.startsWith('kafka-topics.sh'));
    expect(commands.map((l) => /--topic (\S+)/.exec(l)?.[1])).toEqual(TOPICS);
    expect(run.stdout).not.toMatch(/Brokers|simulated/);
  });

  it('properties prints one block per client, each starting with its comment line', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, '--export', 'properties');
    expect(run.status).toBe(0);
    const headers = run.stdout.split('\n\n').map((block) => block.split('\n')[0]);
    expect(headers).toEqual([
      '# source Web app',
      '# source Mobile app',
      '# source Payments',
      '# source IoT sensors',
      '# source CRM',
      '# sink Database',
      '# sink Analytics',
      '# sink Email',
      '# sink Search',
    ]);
  });

  it('compose prints a YAML file with the design brokers', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, '--export', 'compose');
    expect(run.status).toBe(0);
    const services = (parse(run.stdout) as { services: Record<string, unknown> }).services;
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['broker-1', 'broker-2', 'broker-3', 'init-topics']),
    );
  });

  it('refuses an unknown export kind with the kinds it knows', { timeout: SLOW }, () => {
    const run = simulate(EXAMPLE, '--export', 'helm');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--export: expected topics, properties, compose, got "helm"');
  });
});

describe('simulate --out', () => {
  it(
    'writes topics.sh, one .properties per client and compose.yaml, and says what it wrote',
    { timeout: SLOW },
    () => {
      const dir = join(scratch, 'all', 'kafka');
      const run = simulate(EXAMPLE, '--out', dir);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const names = readdirSync(dir).sort();
      expect(names).toEqual(
        [
          'compose.yaml',
          'sink-Analytics.properties',
          'sink-Database.properties',
          'sink-Email.properties',
          'sink-Search.properties',
          'source-CRM.properties',
          'source-IoT-sensors.properties',
          'source-Mobile-app.properties',
          'source-Payments.properties',
          'source-Web-app.properties',
          'topics.sh',
        ].sort(),
      );
      expect(run.stdout.trimEnd().split('\n')).toHaveLength(names.length);
      expect(statSync(join(dir, 'topics.sh')).mode & 0o111).not.toBe(0);
      expect(readFileSync(join(dir, 'sink-Database.properties'), 'utf8')).toMatch(/^# sink Database\n/);
      expect(readFileSync(join(dir, 'topics.sh'), 'utf8')).toBe(
        simulate(EXAMPLE, '--export', 'topics').stdout,
      );
    },
  );

  it('with --export writes only that kind', { timeout: SLOW }, () => {
    const dir = join(scratch, 'topics-only');
    expect(simulate(EXAMPLE, '--export', 'topics', '--out', dir).status).toBe(0);
    expect(readdirSync(dir)).toEqual(['topics.sh']);
  });

  it('says clearly when the directory cannot be written', { timeout: SLOW }, () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'x');
    const run = simulate(EXAMPLE, '--out', join(file, 'kafka'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `simulate: cannot write to ${join(file, 'kafka')}: a part of the path is a file, not a directory (ENOTDIR)\n`,
    );
  });
});
