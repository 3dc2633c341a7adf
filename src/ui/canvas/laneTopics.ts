// Which topics draw their partitions as lanes now (their zoom level says lanes, and they are in or near the
// viewport): the worker details only those in its reports (protocol/viewNeed.ts). Pure, so it is pinned by tests.
import { partitionDetail } from './detailLevel';

export interface LaneTopic {
  /** The node's id (React Flow's) and the topic's name (the report's). */
  id: string;
  name: string;
  /** The partitions it runs (after a refused shrink, more than the design says). */
  partitions: number;
}

export interface Viewport {
  /** React Flow's transform: screen = flow x zoom + (x, y). */
  x: number;
  y: number;
  zoom: number;
  /** The canvas in screen pixels. */
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Half a screen around the viewport counts as in view, so a topic panned in has its lanes at once. */
const MARGIN = 0.5;

/** The names in the order of `topics`; a node not measured yet (`box` undefined) counts as in view. */
export function laneTopics(
  topics: readonly LaneTopic[],
  view: Viewport,
  box: (id: string) => Box | undefined,
): string[] {
  const left = (-view.x - MARGIN * view.width) / view.zoom;
  const top = (-view.y - MARGIN * view.height) / view.zoom;
  const right = (-view.x + (1 + MARGIN) * view.width) / view.zoom;
  const bottom = (-view.y + (1 + MARGIN) * view.height) / view.zoom;
  const names: string[] = [];
  for (const t of topics) {
    if (partitionDetail(t.partitions, view.zoom) !== 'lanes') continue;
    const b = box(t.id);
    if (b && (b.x > right || b.y > bottom || b.x + b.width < left || b.y + b.height < top)) continue;
    names.push(t.name);
  }
  return names;
}
