import { describe, expect, it } from 'vitest';
import { edits } from '../../engine';
import { pageTitle, renameDesign } from './renameDesign';

describe('renaming the design', () => {
  const doc = edits.emptyDocument('Five sources, four sinks, one log');

  it('takes the name typed, without the spaces at either end', () => {
    const result = renameDesign(doc, '  Orders EU ');
    expect(result.ok && result.doc.name).toBe('Orders EU');
    // Nothing else changes.
    expect(result.ok && { ...result.doc, name: doc.name }).toEqual(doc);
  });

  it('gives back the same document for the same name, so no undo step is recorded', () => {
    const result = renameDesign(doc, 'Five sources, four sinks, one log ');
    expect(result.ok && result.doc).toBe(doc);
  });

  it('refuses an empty or blank name, and one over 200 characters, saying what stays', () => {
    for (const typed of ['', '   ', '\t\n'])
      expect(renameDesign(doc, typed)).toEqual({
        ok: false,
        reason: 'A design needs a name. It stays “Five sources, four sinks, one log”.',
      });
    expect(renameDesign(doc, 'x'.repeat(201))).toEqual({
      ok: false,
      reason:
        'A design’s name has at most 200 characters (this one has 201). It stays “Five sources, four sinks, one log”.',
    });
    expect(renameDesign(doc, 'x'.repeat(200)).ok).toBe(true);
  });

  it('titles the tab with the design, then Franz', () => {
    expect(pageTitle('Orders EU')).toBe('Orders EU · Franz');
  });
});
