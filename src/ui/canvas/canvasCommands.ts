// The canvas's commands for the registry (src/ui/commands): delete, duplicate, select all, fit view, tidy layout.
import type { Command } from '../commands/types';
import {
  deleteSelection,
  duplicateSelection,
  hasSelection,
  hasSelectedNodes,
  selectAll,
} from './selectionEdits';
import { fitCanvas } from './viewport';
import { tidyLayout } from './tidyLayout';

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
  {
    name: 'tidy-layout',
    label: 'Tidy layout',
    shortcut: 'L',
    enabled: ({ store }) => store.getState().doc.nodes.length > 0,
    // One undo step: Ctrl+Z puts every node back where it was.
    run: ({ store }) => void tidyLayout(store),
  },
];
