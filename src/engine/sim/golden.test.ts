// Same document + same seed = same run. The golden report pins a whole run of the article's pipeline;
// after a deliberate change in behaviour, regenerate it with UPDATE_GOLDEN=1 and review the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseDocumentJson } from '../index';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const goldenPath = fileURLToPath(new URL('./golden/article-60s-seed1.json', import.meta.url));

function run(seed: number, ms: number): string {
  const parsed = parseDocumentJson(readFileSync(`${root}/examples/article-pipeline.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const sim = createSimulation(parsed.doc, { seed });
  sim.step(ms);
  return JSON.stringify(sim.report(), null, 2) + '\n';
}

describe('determinism', () => {
  it('gives the same report, byte for byte, for the same document and seed', () => {
    expect(run(7, 20_000)).toBe(run(7, 20_000));
    expect(run(7, 20_000)).not.toBe(run(8, 20_000));
  });

  it('matches the golden run of the article pipeline (60 s, seed 1)', () => {
    const report = run(1, 60_000);
    if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, report);
    expect(report).toBe(readFileSync(goldenPath, 'utf8'));
  });
});
