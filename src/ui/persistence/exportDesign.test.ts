import { describe, expect, it } from 'vitest';
import { edits, parseDocument } from '../../engine';
import { designFileName, designJson } from './exportDesign';

describe('Export', () => {
  it('names the file after the design', () => {
    expect(designFileName(edits.emptyDocument('Five sources, four sinks, one log'))).toBe(
      'Five-sources-four-sinks-one-log.franz.json',
    );
    expect(designFileName(edits.emptyDocument('../../etc/passwd'))).toBe('etc-passwd.franz.json');
    expect(designFileName(edits.emptyDocument('   '))).toBe('pipeline.franz.json');
  });

  it('writes pretty JSON that reads back as the same design', () => {
    const doc = edits.addNode(edits.emptyDocument('Orders'), 'topic', { x: 10, y: 20 }).doc;
    const json = designJson(doc);
    expect(json).toContain('\n  "format": "franz.pipeline",\n');
    const parsed = parseDocument(JSON.parse(json));
    expect(parsed.ok && parsed.doc).toEqual(doc);
  });
});
