// Two tabs of one browser share localStorage: each follows the other's saves, and never overwrites
// edits of its own without asking.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { edits, type PipelineDocument } from '../../engine';
import { createFranzStore } from '../../store/store';
import { AUTOSAVE_DELAY_MS, startAutosave } from './autosave';
import { readBackups } from './backups';
import { MemoryStorage } from './memoryStorage.testing';
import { AUTOSAVE_KEY, readSavedDesign } from './savedDesign';
import { keepMine, keepTheirs, startTabSync } from './tabSync';

function tab(storage: MemoryStorage) {
  const store = createFranzStore();
  store.getState().replaceDocument(edits.addNode(edits.emptyDocument(), 'topic', { x: 0, y: 0 }).doc);
  const win = new EventTarget();
  startAutosave(store, { storage, window: win, document: new EventTarget(), hidden: () => false });
  startTabSync(store, { storage, window: win });
  const add = (kind: 'source' | 'sink') =>
    store.getState().apply(edits.addNode(store.getState().doc, kind, { x: 0, y: 100 }).doc);
  /** What the browser does in this tab when another tab writes the key. */
  const otherTabSaved = (doc: PipelineDocument | string, key = AUTOSAVE_KEY) => {
    const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
    storage.items.set(key, text);
    win.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: text }));
  };
  const names = () => store.getState().doc.nodes.map((n) => n.name);
  return { store, win, add, otherTabSaved, names };
}

/** Their design: the starting one with a sink added. */
function theirs(store: ReturnType<typeof tab>['store']): PipelineDocument {
  return edits.addNode(store.getState().doc, 'sink', { x: 0, y: 200 }).doc;
}

describe('two tabs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows the other tab’s save when it has no unsaved edits, says so, and does not write it back', () => {
    const storage = new MemoryStorage();
    const { store, otherTabSaved, names } = tab(storage);
    otherTabSaved(theirs(store));
    expect(names()).toEqual(['topic-1', 'Sink 1']);
    expect(store.getState().notice).toMatchObject({
      kind: 'info',
      text: expect.stringContaining('Updated from another tab'),
    });
    expect(store.getState().tabConflict).toBeNull();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storage.writes).toBe(0);
  });

  it('follows again after its own edit was saved: the other tab built on it', () => {
    const storage = new MemoryStorage();
    const { store, add, otherTabSaved, names } = tab(storage);
    add('source');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storage.writes).toBe(1);
    otherTabSaved(theirs(store));
    expect(names()).toEqual(['topic-1', 'Source 1', 'Sink 1']);
    expect(store.getState().tabConflict).toBeNull();
  });

  it('with an unsaved edit of its own, overwrites nothing: it asks, and autosave waits', () => {
    const storage = new MemoryStorage();
    const { store, add, otherTabSaved, names } = tab(storage);
    const other = theirs(store);
    add('source');
    otherTabSaved(other);
    expect(names()).toEqual(['topic-1', 'Source 1']);
    expect(store.getState().tabConflict).toEqual({ theirs: other });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    add('source');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storage.writes).toBe(0);
    expect(readSavedDesign(storage)).toEqual(other);
  });

  it('Keep mine saves this tab’s design over theirs', () => {
    const storage = new MemoryStorage();
    const { store, add, otherTabSaved } = tab(storage);
    add('source');
    otherTabSaved(theirs(store));
    keepMine(store, storage);
    expect(store.getState().tabConflict).toBeNull();
    expect(readSavedDesign(storage)!.nodes.map((n) => n.name)).toEqual(['topic-1', 'Source 1']);
    expect(store.getState().savedDoc).toBe(store.getState().doc);
  });

  it('Use theirs opens their design and keeps this tab’s in the backups', () => {
    const storage = new MemoryStorage();
    const { store, add, otherTabSaved, names } = tab(storage);
    const other = theirs(store);
    add('source');
    const mine = store.getState().doc;
    otherTabSaved(other);
    keepTheirs(store, storage);
    expect(names()).toEqual(['topic-1', 'Sink 1']);
    expect(store.getState().tabConflict).toBeNull();
    const [backup] = readBackups(storage);
    expect(backup).toMatchObject({
      reason: 'replaced by the design of another tab',
      text: JSON.stringify(mine),
    });
    // The one write is the backup: their design, now this tab's too, is not written back.
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storage.writes).toBe(1);
  });

  it('ignores the same design, other keys, a removed key and a value that is no design', () => {
    const storage = new MemoryStorage();
    const { store, otherTabSaved, names, win } = tab(storage);
    otherTabSaved(store.getState().doc);
    otherTabSaved(theirs(store), 'franz.design.backups');
    otherTabSaved('{ not json');
    win.dispatchEvent(Object.assign(new Event('storage'), { key: AUTOSAVE_KEY, newValue: null }));
    expect(names()).toEqual(['topic-1']);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().tabConflict).toBeNull();
  });
});
