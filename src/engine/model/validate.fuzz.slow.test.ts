// Hostile documents, seeded: each is either refused with messages that name the place, or it runs and its
// report holds no NaN, no negative count and no exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index';
import { hostileDocument } from './hostileDocuments.testing';
import { parseDocument } from './validate';

/** A message names its place: `nodes[3].config.rate: ...`, `cluster: ...`, `format: ...`, or the whole document. */
const NAMES_A_PLACE = /^(?:[A-Za-z]+(?:\[\d+\])*(?:\.[A-Za-z]+(?:\[\d+\])*)*: |the document[: ])/;
const MORE = /^\.\.\. and \d+ more problems?$/;
/** Report fields that count something: never negative. */
const COUNT =
  /^(?:records|bytes)|(?:Records|Bytes|Offset|Offsets)$|^(?:lag|events|rebalances|generation|segments|leaders|replicas|elections|uncleanElections|preferredElections|offlineTransitions|duplicates|reprocessed|outOfOrder|blockedMs|storedBytes|sizeInBytes)$/;

/** Every problem found in a report: NaN or infinite numbers anywhere, negative counts. */
function reportProblems(value: unknown, path = 'report', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} is ${value}`);
    const key = path.slice(path.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
    if (value < 0 && COUNT.test(key)) out.push(`${path} is ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => reportProblems(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) reportProblems(v, `${path}.${k}`, out);
  return out;
}

describe('hostile documents (fast-check, seed 10)', () => {
  it('the report check finds a NaN and a negative count where there is one', () => {
    expect(reportProblems({ groups: [{ lag: -1, recordsPerSec: NaN, lagSlopePerSec: -3 }] })).toEqual([
      'report.groups[0].lag is -1',
      'report.groups[0].recordsPerSec is NaN',
    ]);
  });

  it('are refused with placed, short, printable messages, or run 2 s with a sound report', () => {
    let ran = 0;
    let refused = 0;
    fc.assert(
      fc.property(hostileDocument, (doc) => {
        const parsed = parseDocument(doc);
        if (!parsed.ok) {
          refused++;
          expect(parsed.errors.length).toBeGreaterThan(0);
          expect(parsed.errors.length).toBeLessThanOrEqual(21);
          for (const message of parsed.errors) {
            expect(message.length).toBeLessThanOrEqual(400);
            expect(message, message).toMatch(NAMES_A_PLACE.test(message) ? NAMES_A_PLACE : MORE);
            // No raw control characters: a terminal or a page shows the message as it is.
            expect(message).not.toMatch(/\p{Cc}/u);
          }
          return;
        }
        ran++;
        const sim = createSimulation(parsed.doc, { seed: 1 });
        sim.runUntil(2000);
        expect(reportProblems(sim.report())).toEqual([]);
      }),
      // FUZZ_SEED and FUZZ_RUNS explore further; the suite runs seed 10, 400 documents.
      { seed: Number(process.env.FUZZ_SEED ?? 10), numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    console.log(`hostile documents: ${ran} ran, ${refused} refused`);
    expect(ran).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(100);
  });
});
