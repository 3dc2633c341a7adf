// Tidy layout for the whole design: on demand (the Tidy layout command, one undo step) and for a design that
// arrives without positions (an import, a share link, a template: no undo step, it is part of arriving).
import { edits, type PipelineDocument } from '../../engine';
import type { FranzStore } from '../../store/store';
import { autoLayout, type Positions } from './autoLayout';
import type { Size } from './flowElements';
import { fitCanvas } from './viewport';

let measure: (() => ReadonlyMap<string, Size>) | null = null;

/** The mounted canvas registers how to read its nodes' measured sizes; the returned function unregisters it. */
export function attachMeasure(read: () => ReadonlyMap<string, Size>): () => void {
  measure = read;
  return () => {
    if (measure === read) measure = null;
  };
}

/** Whether a design lacks positions for some of its nodes (then it is laid out as it arrives). */
export const needsLayout = (doc: PipelineDocument) => doc.nodes.some((n) => !n.position);

/** Only the positions that differ from the design's, so an already tidy design records no undo step. */
export function movedPositions(doc: PipelineDocument, positions: Positions): Positions {
  const moved: Positions = {};
  for (const n of doc.nodes) {
    const p = positions[n.id];
    if (p && (p.x !== n.position?.x || p.y !== n.position?.y)) moved[n.id] = p;
  }
  return moved;
}

/** Fits the view once React Flow has drawn the nodes where they now are. */
const fitNextFrame = () => requestAnimationFrame(() => void fitCanvas());

/**
 * Lays the design out left to right and fits the view. `quietly`: without an undo step. Nothing changes when
 * the design was edited while the layout library loaded. Returns whether it laid the design out.
 */
export async function tidyLayout(
  store: FranzStore,
  sizes: ReadonlyMap<string, Size> = measure?.() ?? new Map(),
  { quietly = false } = {},
): Promise<boolean> {
  const doc = store.getState().doc;
  if (doc.nodes.length === 0) return false;
  let positions: Positions;
  try {
    positions = await autoLayout(doc.nodes, doc.edges, sizes);
  } catch (error) {
    // The layout library is a chunk of its own: a page opened offline before it was cached cannot load it.
    store
      .getState()
      .notify(
        'warning',
        `The layout could not be tidied (${(error as Error).message}). Your design is unchanged.`,
      );
    return false;
  }
  const s = store.getState();
  if (s.doc !== doc) return false;
  const moved = movedPositions(doc, positions);
  if (Object.keys(moved).length > 0) {
    const next = edits.moveNodes(doc, moved);
    if (quietly) s.applyQuietly(next);
    else s.apply(next);
  }
  fitNextFrame();
  return true;
}
