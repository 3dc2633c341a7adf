import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { parsedDocumentProblem } from './parsedDocument';
import { parseDocument } from './validate';

describe('parsedDocumentProblem', () => {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const doc = parsed.doc;

  it('takes every parsed design', () => {
    expect(parsedDocumentProblem(doc)).toBeNull();
  });

  it('names what makes a message no parsed design of this version', () => {
    expect(parsedDocumentProblem(null)).toBe('not a design document');
    expect(parsedDocumentProblem([doc])).toBe('not a design document');
    expect(parsedDocumentProblem({ ...doc, format: 'other' })).toBe('format: must be "franz.pipeline"');
    expect(parsedDocumentProblem({ ...doc, version: 2 })).toBe('version: must be 1');
    // The raw example has no faults list: parsing fills it in, so an unparsed design is refused here.
    expect(parsedDocumentProblem(example)).toBe('faults: must be a list');
    expect(parsedDocumentProblem({ ...doc, cluster: null })).toBe('cluster: must be an object');
  });
});
