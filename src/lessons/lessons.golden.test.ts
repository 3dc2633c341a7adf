// Each lesson's golden trace: played headless on its seed, every step's check must hold, at the simulated
// moment frozen in golden/<id>.json (UPDATE_GOLDEN=1 writes them anew after an intended change).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSONS } from './catalog';
import { playLesson } from './lessonTrace.testing';

const dir = join(import.meta.dirname, 'golden');

describe('the lessons, played headless', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id} ${lesson.title}: every check holds, at the frozen moments`, () => {
      const trace = playLesson(lesson);
      // The progress lines say where a check that never held got to.
      expect(trace.steps.map((s) => (s.heldAtMs === null ? s.progress : 'held'))).toEqual(
        lesson.steps.map(() => 'held'),
      );
      const file = join(dir, `${lesson.id}.json`);
      const text = `${JSON.stringify(trace, null, 2)}\n`;
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
      expect(text).toBe(readFileSync(file, 'utf8'));
    }, 120_000);
  }
});
