import { useEffect } from 'react';
import { useFranz } from '../../store/store';
import { useSimActions } from '../simActions';
import { commandForKey } from './commandForKey';
import { commands } from './registry';
import { isMacPlatform } from './shortcuts';
import type { Command } from './types';

/** Runs the registry's commands from the keyboard, anywhere on the page. Needs SimActionsContext. */
export function useKeyboardShortcuts(list: readonly Command[] = commands): void {
  const sim = useSimActions();
  useEffect(() => {
    const ctx = { store: useFranz, sim };
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandForKey(list, event, isMac);
      if (!command || (command.enabled && !command.enabled(ctx))) return;
      event.preventDefault();
      command.run(ctx);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [list, sim]);
}
