// Every user command in one list: toolbar buttons, menus, keyboard shortcuts and tests read it.
import { canvasCommands } from '../canvas/canvasCommands';
import { exportDesign, importDesign, newDesign, recentDesigns, redo, share, undo } from './documentCommands';
import { playPause, reset, step } from './simCommands';
import { presentCommand } from '../shell/presentCommand';
import type { Command } from './types';

export const commands: Command[] = [
  undo,
  redo,
  playPause,
  step,
  reset,
  newDesign,
  exportDesign,
  importDesign,
  share,
  recentDesigns,
  // Presentation mode (P).
  presentCommand,
  // Canvas commands: delete, duplicate, select all, fit view.
  ...canvasCommands,
];

/** Adds commands to the registry; one with a name already there replaces it. */
export function registerCommands(more: readonly Command[]): void {
  for (const command of more) {
    const at = commands.findIndex((c) => c.name === command.name);
    if (at >= 0) commands[at] = command;
    else commands.push(command);
  }
}

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
