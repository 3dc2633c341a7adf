// User commands are data (as Excalidraw's actions): one registry serves toolbar, keyboard and tests.
import type { FranzStore } from '../../store/store';
import type { SimActions } from '../simActions';

export interface CommandContext {
  store: FranzStore;
  sim: SimActions;
}

export interface Command {
  name: string;
  /** The button's accessible name and visible label. */
  label: string;
  /** e.g. 'Mod+Z', 'Mod+Shift+Z', 'Delete', 'Mod+D', 'Space'. Mod is Ctrl, or Cmd on a Mac. */
  shortcut?: string;
  /** Other keys for the same command, e.g. redo's 'Mod+Y' besides 'Mod+Shift+Z'. */
  moreShortcuts?: readonly string[];
  enabled?(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void;
}
