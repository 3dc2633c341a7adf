// A design that failed to draw is never what the next visit opens: the last one that drew does, and the
// failed one is kept in the backups.
import { describe, expect, it } from 'vitest';
import { edits } from '../../engine';
import { createFranzStore } from '../../store/store';
import { readBackups } from './backups';
import {
  LAST_GOOD_KEY,
  RENDER_CRASH_KEY,
  readLastGood,
  recordDrawn,
  recordRenderCrash,
  recoverFromRenderCrash,
} from './lastGood';
import { MemoryStorage } from './memoryStorage.testing';
import { openLastGood } from './openLastGood';
import { AUTOSAVE_KEY, readSavedDesign, writeSavedDesign } from './savedDesign';

const good = edits.addNode(edits.emptyDocument(), 'topic', { x: 0, y: 0 }).doc;
const bad = { ...edits.addNode(good, 'sink', { x: 0, y: 100 }).doc, name: 'Breaks the canvas' };
const NOW = new Date('2026-12-06T09:00:00.000Z');

describe('the last design that worked', () => {
  it('is recorded once a design drew, which also lifts a failure noted against the autosave', () => {
    const storage = new MemoryStorage();
    recordRenderCrash(storage, bad, 'boom');
    recordDrawn(storage, good);
    expect(readLastGood(storage)).toEqual(good);
    expect(storage.items.has(RENDER_CRASH_KEY)).toBe(false);
    recordDrawn(storage, good);
    expect(storage.writes).toBe(2);
  });

  it('opens instead of an autosave that failed to draw last time, which goes to the backups', () => {
    const storage = new MemoryStorage();
    recordDrawn(storage, good);
    writeSavedDesign(storage, bad);
    recordRenderCrash(storage, bad, 'x.map is not a function');

    const told = recoverFromRenderCrash(storage, NOW);

    expect(told).toBe(
      'Last time “Breaks the canvas” failed to draw (x.map is not a function), so the last design that worked is open instead. It is kept in Recent designs.',
    );
    expect(readSavedDesign(storage)).toEqual(good);
    expect(readBackups(storage)).toEqual([
      {
        savedAt: '2026-12-06T09:00:00.000Z',
        reason: 'it failed to draw: x.map is not a function',
        name: 'Breaks the canvas',
        text: JSON.stringify(bad),
      },
    ]);
    expect(storage.items.has(RENDER_CRASH_KEY)).toBe(false);
    expect(recoverFromRenderCrash(storage, NOW)).toBeNull();
  });

  it('opens the example when no design ever drew', () => {
    const storage = new MemoryStorage();
    writeSavedDesign(storage, bad);
    recordRenderCrash(storage, bad, 'boom');
    expect(recoverFromRenderCrash(storage, NOW)).toContain('the example is open instead');
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false);
    expect(readBackups(storage)).toHaveLength(1);
  });

  it('leaves the autosave alone when it is no longer the design that failed (edited since)', () => {
    const storage = new MemoryStorage();
    recordDrawn(storage, good);
    recordRenderCrash(storage, bad, 'boom');
    const edited = { ...bad, name: 'Fixed' };
    writeSavedDesign(storage, edited);
    expect(recoverFromRenderCrash(storage, NOW)).toBeNull();
    expect(readSavedDesign(storage)).toEqual(edited);
    expect(readBackups(storage)).toEqual([]);
    expect(storage.items.has(RENDER_CRASH_KEY)).toBe(false);
  });

  it('opens from the page on request, keeping the design it replaces in the backups', () => {
    const storage = new MemoryStorage();
    recordDrawn(storage, good);
    const store = createFranzStore();
    store.getState().replaceDocument(bad);
    store.getState().setRenderCrash({ doc: bad, message: 'boom' });

    expect(openLastGood(store, storage)).toBe(true);

    expect(store.getState().doc).toEqual(good);
    expect(store.getState().renderCrash).toBeNull();
    expect(store.getState().notice!.text).toBe(
      `Opened the last design that worked, “${good.name}”. The one it replaced is kept in Recent designs.`,
    );
    expect(readBackups(storage)[0]).toMatchObject({
      reason: 'it failed to draw: boom',
      name: 'Breaks the canvas',
    });
    expect(storage.items.get(LAST_GOOD_KEY)).toBe(JSON.stringify(good));
  });

  it('has nothing to open before any design drew', () => {
    const store = createFranzStore();
    expect(openLastGood(store, new MemoryStorage())).toBe(false);
  });
});
