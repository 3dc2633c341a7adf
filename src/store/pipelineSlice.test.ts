import { describe, expect, it } from 'vitest';
import { edits, type PipelineDocument } from '../engine';
import { createFranzStore, type FranzStore } from './store';

/** The design after adding one node of `kind` at (x, y), the way the palette adds it. */
function withNode(doc: PipelineDocument, kind: 'source' | 'topic' | 'sink', x: number, y: number) {
  return edits.addNode(doc, kind, { x, y }).doc;
}

const positionOf = (doc: PipelineDocument, id: string) => doc.nodes.find((n) => n.id === id)?.position;

/**
 * A pointer drag of `id` as the canvas hands it to the store (src/ui/canvas/useCanvasHandlers.ts): React Flow
 * sends a position change with `dragging: true` per pointer move, the first of which opens a gesture, and a
 * last one with `dragging: false`; every one of them goes through `applyQuietly`, and the drag stop ends the
 * gesture.
 */
function drag(store: FranzStore, id: string, path: readonly { x: number; y: number }[]) {
  const s = store.getState();
  s.beginGesture();
  for (const position of path) s.applyQuietly(edits.moveNodes(store.getState().doc, { [id]: position }));
  s.endGesture();
}

describe('the design history', () => {
  it('undoes and redoes edits one at a time', () => {
    const store = createFranzStore();
    const empty = store.getState().doc;
    const first = withNode(empty, 'source', 0, 0);
    const second = withNode(first, 'topic', 320, 0);
    const third = withNode(second, 'sink', 680, 0);
    for (const doc of [first, second, third]) store.getState().apply(doc);
    expect(store.getState().past).toEqual([empty, first, second]);

    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc).toBe(first);
    expect(store.getState().doc.nodes.map((n) => n.id)).toEqual(['source-1']);
    expect(store.getState().past).toEqual([empty]);
    expect(store.getState().future).toEqual([second, third]);

    store.getState().redo();
    expect(store.getState().doc).toBe(second);
    expect(store.getState().doc.nodes.map((n) => n.id)).toEqual(['source-1', 'topic-1']);
    expect(store.getState().past).toEqual([empty, first]);
    expect(store.getState().future).toEqual([third]);
  });

  it('forgets what could be redone when a new edit is made', () => {
    const store = createFranzStore();
    const empty = store.getState().doc;
    const first = withNode(empty, 'source', 0, 0);
    const second = withNode(first, 'topic', 320, 0);
    store.getState().apply(first);
    store.getState().apply(second);
    store.getState().undo();
    expect(store.getState().future).toEqual([second]);

    const other = withNode(first, 'sink', 680, 0);
    store.getState().apply(other);
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(store.getState().doc).toBe(other);
    expect(store.getState().past).toEqual([empty, first]);
  });

  it('does nothing on undo with no past, on redo with no future, or when the same design is applied', () => {
    const store = createFranzStore();
    const empty = store.getState().doc;
    store.getState().undo();
    store.getState().redo();
    store.getState().apply(empty);
    expect(store.getState().doc).toBe(empty);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().future).toEqual([]);
  });

  it('records a drag of many pointer moves as one undo step back to where the node was before it', () => {
    const store = createFranzStore();
    const placed = withNode(store.getState().doc, 'topic', 320, 0);
    store.getState().apply(placed);
    expect(store.getState().past).toHaveLength(1);

    const path = Array.from({ length: 30 }, (_, i) => ({ x: 320 + 8 * (i + 1), y: 4 * (i + 1) }));
    drag(store, 'topic-1', path);
    expect(positionOf(store.getState().doc, 'topic-1')).toEqual({ x: 560, y: 120 });
    // 30 position changes, one step: the history holds the empty design and the design before the drag.
    expect(store.getState().past).toHaveLength(2);
    expect(store.getState().past[1]).toBe(placed);

    store.getState().undo();
    expect(store.getState().doc).toBe(placed);
    expect(positionOf(store.getState().doc, 'topic-1')).toEqual({ x: 320, y: 0 });
    expect(store.getState().past).toHaveLength(1);

    store.getState().redo();
    expect(positionOf(store.getState().doc, 'topic-1')).toEqual({ x: 560, y: 120 });
  });

  it('records no step for a drag that ends where it began, and a cancelled drag puts the node back', () => {
    const store = createFranzStore();
    const placed = withNode(store.getState().doc, 'topic', 320, 0);
    store.getState().apply(placed);

    store.getState().beginGesture();
    store.getState().endGesture();
    expect(store.getState().past).toHaveLength(1);

    store.getState().beginGesture();
    store.getState().applyQuietly(edits.moveNodes(placed, { 'topic-1': { x: 400, y: 80 } }));
    store.getState().cancelGesture();
    expect(store.getState().doc).toBe(placed);
    expect(store.getState().past).toHaveLength(1);
  });

  it('keeps the last 200 steps and drops the oldest', () => {
    const store = createFranzStore();
    store.getState().replaceDocument(withNode(store.getState().doc, 'topic', 0, 0));
    // 201 keyboard moves of the topic, to x = 1 ... 201: each is its own step.
    for (let x = 1; x <= 201; x++) {
      store.getState().apply(edits.moveNodes(store.getState().doc, { 'topic-1': { x, y: 0 } }));
    }
    const { past } = store.getState();
    expect(past).toHaveLength(200);
    // The design before the first move (x = 0) is gone; the oldest kept is the one after it.
    expect(positionOf(past[0]!, 'topic-1')).toEqual({ x: 1, y: 0 });
    expect(positionOf(past[199]!, 'topic-1')).toEqual({ x: 200, y: 0 });

    for (let i = 0; i < 201; i++) store.getState().undo();
    expect(positionOf(store.getState().doc, 'topic-1')).toEqual({ x: 1, y: 0 });
    expect(store.getState().past).toEqual([]);
    expect(store.getState().future).toHaveLength(200);
  });

  it('keeps 200 steps when drags end, too', () => {
    const store = createFranzStore();
    store.getState().replaceDocument(withNode(store.getState().doc, 'topic', 0, 0));
    for (let x = 1; x <= 201; x++)
      drag(store, 'topic-1', [
        { x: x - 0.5, y: 0 },
        { x, y: 0 },
      ]);
    expect(store.getState().past).toHaveLength(200);
    expect(positionOf(store.getState().past[0]!, 'topic-1')).toEqual({ x: 1, y: 0 });
  });

  it('forgets the history when the design is replaced, and counts a new epoch', () => {
    const store = createFranzStore();
    const empty = store.getState().doc;
    const first = withNode(empty, 'source', 0, 0);
    store.getState().apply(first);
    store.getState().apply(withNode(first, 'topic', 320, 0));
    store.getState().undo();
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().future).toHaveLength(1);
    expect(store.getState().docEpoch).toBe(0);

    const imported = withNode(edits.emptyDocument('Imported'), 'sink', 0, 0);
    store.getState().replaceDocument(imported);
    expect(store.getState().doc).toBe(imported);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().future).toEqual([]);
    expect(store.getState().docEpoch).toBe(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(imported);
  });

  it('opens another design as one undo step, a new epoch each way across it and none across edits', () => {
    const store = createFranzStore();
    const mine = withNode(store.getState().doc, 'source', 0, 0);
    store.getState().apply(mine);
    expect(store.getState().docEpoch).toBe(0);

    const template = withNode(edits.emptyDocument('One topic'), 'topic', 320, 0);
    store.getState().openAsStep(template);
    expect(store.getState().doc).toBe(template);
    expect(store.getState().past).toHaveLength(2);
    expect(store.getState().docEpoch).toBe(1);

    // An edit of the opened design is an ordinary step: undoing it keeps the running simulation.
    const edited = withNode(template, 'sink', 680, 0);
    store.getState().apply(edited);
    store.getState().undo();
    expect(store.getState().doc).toBe(template);
    expect(store.getState().docEpoch).toBe(1);

    // Undo across the New: the design before, started over.
    store.getState().undo();
    expect(store.getState().doc).toBe(mine);
    expect(store.getState().docEpoch).toBe(2);
    // Redo onto it: started over again; redoing the edit after it is an edit again.
    store.getState().redo();
    expect(store.getState().doc).toBe(template);
    expect(store.getState().docEpoch).toBe(3);
    store.getState().redo();
    expect(store.getState().doc).toBe(edited);
    expect(store.getState().docEpoch).toBe(3);
  });
});
