import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { edits } from '../../engine';
import { createFranzStore } from '../../store/store';
import { AUTOSAVE_DELAY_MS, startAutosave } from './autosave';
import { MemoryStorage } from './memoryStorage.testing';
import { AUTOSAVE_KEY, readSavedDesign } from './savedDesign';

function autosaved() {
  const store = createFranzStore();
  const storage = new MemoryStorage();
  const win = new EventTarget();
  const doc = new EventTarget();
  let hidden = false;
  const stop = startAutosave(store, { storage, window: win, document: doc, hidden: () => hidden });
  const addTopic = () =>
    store.getState().apply(edits.addNode(store.getState().doc, 'topic', { x: 0, y: 0 }).doc);
  const hide = () => {
    hidden = true;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { store, storage, win, stop, addTopic, hide };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the design once it has been still for a moment, and a reload reads it back', () => {
    const { store, storage, addTopic } = autosaved();
    addTopic();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    addTopic();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(storage.writes).toBe(1);
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(true);
    expect(readSavedDesign(storage)).toEqual(store.getState().doc);
  });

  it('writes a pending change at once when the tab is closed or hidden', () => {
    const { storage, win, addTopic, hide } = autosaved();
    addTopic();
    win.dispatchEvent(new Event('pagehide'));
    expect(storage.writes).toBe(1);
    addTopic();
    hide();
    expect(storage.writes).toBe(2);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storage.writes).toBe(2);
  });

  it('says so for as long as saving fails (storage full), and no longer once a save succeeds', () => {
    const { store, storage, addTopic } = autosaved();
    storage.full = true;
    addTopic();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.getState().saveFailing).toBe(true);
    addTopic();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.getState().saveFailing).toBe(true);
    expect(storage.writes).toBe(0);
    storage.full = false;
    addTopic();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.getState().saveFailing).toBe(false);
    expect(storage.writes).toBe(1);
    expect(readSavedDesign(storage)!.nodes).toHaveLength(3);
  });

  it('warns once when the browser will not let the page have storage at all', () => {
    const store = createFranzStore();
    startAutosave(store, { storage: null, window: new EventTarget(), document: new EventTarget() });
    const addTopic = () =>
      store.getState().apply(edits.addNode(store.getState().doc, 'topic', { x: 0, y: 0 }).doc);
    addTopic();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.getState().notice).toMatchObject({
      kind: 'warning',
      text: expect.stringContaining('Autosave is off'),
    });
    store.getState().dismissNotice();
    addTopic();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(store.getState().notice).toBeNull();
  });

  it('writes nothing while another tab’s design waits for the person’s choice', () => {
    const { store, storage, addTopic } = autosaved();
    store.getState().setTabConflict({ theirs: store.getState().doc });
    addTopic();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(storage.writes).toBe(0);
  });

  it('reads nothing from storage that holds no design, or a broken one', () => {
    const storage = new MemoryStorage();
    expect(readSavedDesign(storage)).toBeNull();
    storage.setItem(AUTOSAVE_KEY, '{"format":"franz.pipeline"');
    expect(readSavedDesign(storage)).toBeNull();
    expect(readSavedDesign(null)).toBeNull();
  });

  it('keeps the learner design while a lesson is open: the lesson design is never written', () => {
    const { store, storage, addTopic } = autosaved();
    addTopic();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const own = store.getState().doc;
    store.getState().beginLesson('L4', edits.emptyDocument());
    addTopic();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(readSavedDesign(storage)).toEqual(own);
    store.getState().leaveLesson();
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(readSavedDesign(storage)).toEqual(own);
  });
});
