// View state: never part of the design document.
import type { StateCreator } from 'zustand';
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
  view: 'kafka' | 'without' | 'cluster';
  notice: Notice | null;
  /** The group whose partition lag the charts show. */
  chartGroup: string | null;
  select(ids: string[]): void;
  setView(view: UiSlice['view']): void;
  notify(kind: Notice['kind'], text: string): void;
  dismissNotice(): void;
  setChartGroup(nodeId: string | null): void;
}

export const createUiSlice: StateCreator<FranzState, [], [], UiSlice> = (set, get) => ({
  selection: [],
  view: 'kafka',
  notice: null,
  chartGroup: null,
  select: (ids) => set({ selection: ids }),
  setView: (view) => set({ view }),
  notify: (kind, text) => set({ notice: { kind, text, id: (get().notice?.id ?? 0) + 1 } }),
  dismissNotice: () => set({ notice: null }),
  setChartGroup: (chartGroup) => set({ chartGroup }),
});
