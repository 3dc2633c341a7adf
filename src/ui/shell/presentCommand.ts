import type { Command } from '../commands/types';
import { togglePresenting } from './presentation';

/** Presentation mode on and off: the toolbar's Present button and the P key. */
export const presentCommand: Command = {
  name: 'present',
  label: 'Present',
  shortcut: 'P',
  run: togglePresenting,
};
