// Where React Flow draws an edge: from its source handle to its target handle, read from the internal
// nodes React Flow has measured, the way @xyflow/system's getEdgePosition does.
import type { Edge, Handle, InternalNode } from '@xyflow/react';
import { writeBezier, type Side } from './bezier';

/**
 * Writes the edge's bezier into `out` at `o`; false while either node is missing, hidden or not
 * measured yet. Without measured handles it falls back to the middle of the source's right side and
 * of the target's left side, where Franz's nodes put them.
 */
export function writeEdgeGeometry(
  edge: Edge,
  nodeLookup: ReadonlyMap<string, InternalNode>,
  out: Float64Array,
  o: number,
): boolean {
  if (edge.hidden) return false;
  const source = nodeLookup.get(edge.source);
  const target = nodeLookup.get(edge.target);
  if (!source || !target || source.hidden || target.hidden) return false;
  const sw = source.measured.width ?? 0;
  const sh = source.measured.height ?? 0;
  const tw = target.measured.width ?? 0;
  const th = target.measured.height ?? 0;
  if (sw <= 0 || sh <= 0 || tw <= 0 || th <= 0) return false;

  const sHandle = pick(source.internals.handleBounds?.source, edge.sourceHandle);
  const tHandle = pick(target.internals.handleBounds?.target, edge.targetHandle);
  const sp = source.internals.positionAbsolute;
  const tp = target.internals.positionAbsolute;

  const sSide: Side = sHandle ? sHandle.position : 'right';
  const tSide: Side = tHandle ? tHandle.position : 'left';
  const sx = sp.x + (sHandle ? anchorX(sHandle) : sw);
  const sy = sp.y + (sHandle ? anchorY(sHandle) : sh / 2);
  const tx = tp.x + (tHandle ? anchorX(tHandle) : 0);
  const ty = tp.y + (tHandle ? anchorY(tHandle) : th / 2);
  writeBezier(out, o, sx, sy, sSide, tx, ty, tSide);
  return true;
}

function pick(handles: Handle[] | null | undefined, id: string | null | undefined): Handle | undefined {
  if (!handles || handles.length === 0) return undefined;
  if (!id) return handles[0];
  for (const h of handles) if (h.id === id) return h;
  return undefined;
}

/** The point of a handle an edge attaches to: the middle of its outer side (getHandlePosition). */
function anchorX(h: Handle): number {
  return h.position === 'right' ? h.x + h.width : h.position === 'left' ? h.x : h.x + h.width / 2;
}

function anchorY(h: Handle): number {
  return h.position === 'bottom' ? h.y + h.height : h.position === 'top' ? h.y : h.y + h.height / 2;
}
