import { useCommand } from '../commands/useCommand';
import { isMacPlatform } from '../commands/shortcuts';

const shortcutHint = (shortcut: string) => shortcut.replace('Mod', isMacPlatform() ? '⌘' : 'Ctrl');

/** A button that runs a registry command, named by the command's label and disabled when it is. */
export function CommandButton({ name, title }: { name: string; title?: string }) {
  const { command, enabled, run } = useCommand(name);
  const hint = command.shortcut ? ` (${shortcutHint(command.shortcut)})` : '';
  return (
    <button
      type="button"
      className="button"
      onClick={run}
      disabled={!enabled}
      title={`${title ?? command.label}${hint}`}
    >
      {command.label}
    </button>
  );
}
