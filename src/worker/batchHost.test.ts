import { describe, expect, it } from 'vitest';
import example from '../../examples/article-pipeline.json';
import { parseDocument, parseSweep, sweepInputs } from '../engine';
import type { FromBatch } from '../protocol/batchMessages';
import { TestClock } from '../protocol/testClock.testing';
import { runBatch } from './batchHost';

function article() {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.doc;
}

function inputs(text: string) {
  const sweep = parseSweep(article(), text);
  if (typeof sweep === 'string') throw new Error(sweep);
  return sweepInputs(sweep.variants, 60_000);
}

describe('the batch worker', () => {
  it('says when each run starts and when all is done, no more often than every 100 ms between', () => {
    const posted: FromBatch[] = [];
    // A clock that does not move: only the starts and the end are worth a message.
    runBatch(
      { type: 'sweep', inputs: inputs('nodes.analytics.consumers=1,2'), seed: 1, durationMs: 3000 },
      (m) => posted.push(m),
      new TestClock(),
    );
    expect(posted.map((m) => (m.type === 'progress' ? [m.run, m.doneMs, m.fraction] : m.type))).toEqual([
      [0, 0, 0],
      [1, 0, 0.5],
      [1, 3000, 1],
      [2, 3000, 1],
      'sweep',
    ]);
    const result = posted.at(-1)!;
    expect(result.type === 'sweep' && result.rows.map((r) => r.value)).toEqual([1, 2]);
  });

  it('a compare posts A and B with their difference', () => {
    const posted: FromBatch[] = [];
    const [b] = inputs('nodes.analytics.consumers=1');
    runBatch(
      { type: 'compare', a: article(), b: b!.doc!, seed: 1, durationMs: 20_000 },
      (m) => posted.push(m),
      new TestClock(),
    );
    const result = posted.at(-1)!;
    if (result.type !== 'compare') throw new Error(`expected the compare, got ${result.type}`);
    expect(result.result.difference.maxLag).toBe(
      result.result.b.figures.maxLag - result.result.a.figures.maxLag,
    );
    expect(result.result.b.figures.maxLag).toBeGreaterThan(result.result.a.figures.maxLag);
  });
});
