import { useMemo } from 'react';
import { useFranz } from '../../store/store';
import { useSimActions } from '../simActions';
import { findCommand } from './registry';
import type { Command, CommandContext } from './types';

/** A registry command for a button: whether it is enabled now (re-rendering when that changes), and run. */
export function useCommand(name: string): { command: Command; enabled: boolean; run(): void } {
  const sim = useSimActions();
  const ctx: CommandContext = useMemo(() => ({ store: useFranz, sim }), [sim]);
  const command = findCommand(name);
  const enabled = useFranz(() => command?.enabled?.(ctx) ?? true);
  if (!command) throw new Error(`no command named "${name}" in the registry`);
  return { command, enabled, run: () => command.run(ctx) };
}
