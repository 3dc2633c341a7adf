// Commands on the design document: history, New, and keeping it (Export, Import, Share, Recent designs).
import { downloadDesign } from '../persistence/exportDesign';
import { openImportPicker } from '../persistence/importPicker';
import { shareDesign } from '../persistence/shareDesign';
import type { Command } from './types';

export const undo: Command = {
  name: 'undo',
  label: 'Undo',
  shortcut: 'Mod+Z',
  enabled: ({ store }) => store.getState().past.length > 0,
  run: ({ store }) => store.getState().undo(),
};

export const redo: Command = {
  name: 'redo',
  label: 'Redo',
  shortcut: 'Mod+Shift+Z',
  moreShortcuts: ['Mod+Y'],
  enabled: ({ store }) => store.getState().future.length > 0,
  run: ({ store }) => store.getState().redo(),
};

export const newDesign: Command = {
  name: 'new',
  label: 'New',
  // No shortcut: browsers keep Ctrl+N (a new window) for themselves.
  run: ({ store }) => store.getState().showNew(true),
};

export const exportDesign: Command = {
  name: 'export',
  label: 'Export',
  run: ({ store }) => downloadDesign(store.getState().doc),
};

export const importDesign: Command = {
  name: 'import',
  label: 'Import',
  run: ({ store }) => openImportPicker(store),
};

export const share: Command = {
  name: 'share',
  label: 'Share',
  run: ({ store }) => void shareDesign(store),
};

export const recentDesigns: Command = {
  name: 'recent',
  // Short, so the top bar stays one row at 1280 px; the button's title says "Recent designs".
  label: 'Recent',
  run: ({ store }) => store.getState().showRecent(true),
};
