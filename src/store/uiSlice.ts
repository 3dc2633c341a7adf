// View state: never part of the design document.
import type { StateCreator } from 'zustand';
import type { PipelineDocument } from '../engine';
import type { FranzState } from './store';

export interface Notice {
  kind: 'error' | 'info' | 'warning';
  text: string;
  /** Increases with every notice, so the same text twice still shows again. */
  id: number;
}

export interface UiSlice {
  selection: string[];
  /** The canvas through Kafka, the point-to-point alternative, or the brokers and their partitions. */
  view: 'kafka' | 'without' | 'cluster' | 'capacity' | 'sweep' | 'compare';
  notice: Notice | null;
  /** The group whose partition lag the charts show. */
  chartGroup: string | null;
  /** Brokers the Capacity view's what-if takes down (the running simulation is untouched). */
  capacityDown: number[];
  /** Topics whose partition lanes the canvas draws now (zoomed in, in the viewport), by name: the worker details them. */
  laneTopics: string[];
  select(ids: string[]): void;
  setView(view: UiSlice['view']): void;
  notify(kind: Notice['kind'], text: string): void;
  dismissNotice(): void;
  setChartGroup(nodeId: string | null): void;
  /** Takes a broker down in the Capacity what-if, or brings it back. */
  toggleCapacityDown(broker: number): void;
  /** Kept as it was when the same topics come again, so the worker is told only of a change. */
  setLaneTopics(topics: string[]): void;
  /** Compare: the design as it was when the person pressed Keep as A (the design on the canvas is B). */
  compareA: PipelineDocument | null;
  keepAsA(): void;
  /** The partition whose records the record inspector shows; null while it is closed. */
  recordsOf: { topic: string; partition: number } | null;
  openRecords(topic: string, partition: number): void;
  closeRecords(): void;
}

export const createUiSlice: StateCreator<FranzState, [], [], UiSlice> = (set, get) => ({
  selection: [],
  view: 'kafka',
  notice: null,
  chartGroup: null,
  capacityDown: [],
  laneTopics: [],
  compareA: null,
  select: (ids) => set({ selection: ids }),
  setView: (view) => set({ view }),
  notify: (kind, text) => set({ notice: { kind, text, id: (get().notice?.id ?? 0) + 1 } }),
  dismissNotice: () => set({ notice: null }),
  setChartGroup: (chartGroup) => set({ chartGroup }),
  toggleCapacityDown: (broker) => {
    const down = get().capacityDown;
    set({
      capacityDown: down.includes(broker)
        ? down.filter((id) => id !== broker)
        : [...down, broker].sort((a, b) => a - b),
    });
  },
  setLaneTopics: (topics) => {
    const now = get().laneTopics;
    if (topics.length !== now.length || topics.some((t, i) => t !== now[i])) set({ laneTopics: topics });
  },
  // The design is immutable (every edit makes a new one), so keeping it is keeping a reference.
  keepAsA: () => set({ compareA: get().doc }),
  recordsOf: null,
  openRecords: (topic, partition) => set({ recordsOf: { topic, partition } }),
  closeRecords: () => set({ recordsOf: null }),
});
