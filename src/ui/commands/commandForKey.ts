import { keyTarget } from './keyTarget';
import { isBareShortcut, matchesShortcut, type KeyPress } from './shortcuts';
import type { Command } from './types';

/**
 * The command a key press asks for, if any. Nothing fires while typing in a text field (Ctrl+Z there
 * undoes the typing); a bare key like Space or Delete also leaves buttons and selects their own meaning.
 */
export function commandForKey(
  list: readonly Command[],
  press: KeyPress & { target: unknown; repeat?: boolean },
  isMac: boolean,
): Command | undefined {
  const where = keyTarget(press.target);
  if (where === 'text') return undefined;
  return list.find((command) =>
    [command.shortcut, ...(command.moreShortcuts ?? [])].some(
      (shortcut) =>
        shortcut !== undefined &&
        matchesShortcut(press, shortcut, isMac) &&
        !(isBareShortcut(shortcut) && (where === 'control' || press.repeat)),
    ),
  );
}
