import { describe, expect, it } from 'vitest';
import { edits, parseDocument } from '../../engine';
import { designFileName, designJson, safeFileStem } from './exportDesign';

describe('Export', () => {
  it('names the file after the design', () => {
    expect(designFileName(edits.emptyDocument('Five sources, four sinks, one log'))).toBe(
      'five-sources-four-sinks-one-log.franz.json',
    );
    expect(designFileName(edits.emptyDocument('../../etc/passwd'))).toBe('etc-passwd.franz.json');
    expect(designFileName(edits.emptyDocument('   '))).toBe('franz-design.franz.json');
  });

  it('makes the name a lower-case slug, or franz-design when nothing of it is left', () => {
    expect(safeFileStem('Orders EU')).toBe('orders-eu');
    expect(safeFileStem('  --Lesson: acks, the ISR & unclean elections!  ')).toBe(
      'lesson-acks-the-isr-unclean-elections',
    );
    expect(safeFileStem('v2.1_final (copy)')).toBe('v2-1-final-copy');
    expect(safeFileStem('Zähler Übersicht')).toBe('zähler-übersicht');
    expect(safeFileStem('***')).toBe('franz-design');
    expect(safeFileStem('')).toBe('franz-design');
    // Cut at 100 characters, never ending on a '-'.
    const long = safeFileStem(`${'a'.repeat(99)} b`);
    expect(long).toBe('a'.repeat(99));
    expect(safeFileStem('x'.repeat(300))).toHaveLength(100);
  });

  it('writes pretty JSON that reads back as the same design', () => {
    const doc = edits.addNode(edits.emptyDocument('Orders'), 'topic', { x: 10, y: 20 }).doc;
    const json = designJson(doc);
    expect(json).toContain('\n  "format": "franz.pipeline",\n');
    const parsed = parseDocument(JSON.parse(json));
    expect(parsed.ok && parsed.doc).toEqual(doc);
  });
});
