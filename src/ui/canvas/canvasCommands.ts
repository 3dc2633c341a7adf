// The canvas's commands for the registry (src/ui/commands): delete, duplicate, select all, fit view.
import type { Command } from '../commands/types';
import {
  deleteSelection,
  duplicateSelection,
  hasSelection,
  hasSelectedNodes,
  selectAll,
} from './selectionEdits';
import { fitCanvas } from './viewport';

export const canvasCommands: Command[] = [
  {
    name: 'delete-selection',
    label: 'Delete',
    shortcut: 'Delete',
    moreShortcuts: ['Backspace'],
    enabled: ({ store }) => hasSelection(store),
    run: ({ store }) => deleteSelection(store),
  },
  {
    name: 'duplicate-selection',
    label: 'Duplicate',
    shortcut: 'Mod+D',
    enabled: ({ store }) => hasSelectedNodes(store),
    run: ({ store }) => duplicateSelection(store),
  },
  {
    name: 'select-all',
    label: 'Select all',
    shortcut: 'Mod+A',
    enabled: ({ store }) => store.getState().doc.nodes.length > 0,
    run: ({ store }) => selectAll(store),
  },
  {
    name: 'fit-view',
    label: 'Fit view',
    shortcut: 'F',
    moreShortcuts: ['Shift+1'],
    run: () => void fitCanvas(),
  },
];
