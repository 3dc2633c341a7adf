// Keys on a connection that has the keyboard's focus (React Flow makes each edge a Tab stop of its own).
import type { KeyboardEvent } from 'react';
import type { FranzStore } from '../../store/store';
import { deleteEdge } from './selectionEdits';

/**
 * Delete or Backspace on a focused edge removes that connection (one undo step), whether or not it is
 * selected, and hands the focus to the node it came from, so the keyboard keeps its place on the canvas.
 * The event is marked handled, so the page's Delete command does not also delete the selection.
 */
export function edgeKeyDown(store: FranzStore, event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Delete' && event.key !== 'Backspace') return;
  const target = event.target as Element;
  const edge = target.closest?.('.react-flow__edge');
  const id = edge?.getAttribute('data-id');
  if (!edge || !id) return;
  event.preventDefault();
  const removed = deleteEdge(store, id);
  if (!removed) return;
  const canvas = edge.closest('.react-flow');
  canvas?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(removed.from)}"]`)?.focus();
}
