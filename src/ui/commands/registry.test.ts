import { describe, expect, it } from 'vitest';
import { edits } from '../../engine';
import { createFranzStore } from '../../store/store';
import { commands, findCommand, registerCommands } from './registry';
import { recordingSimActions } from './simActions.testing';
import type { CommandContext } from './types';

function context(): CommandContext & { calls: string[] } {
  const { sim, calls } = recordingSimActions();
  return { store: createFranzStore(), sim, calls };
}

const command = (name: string) => {
  const found = findCommand(name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};

describe('the command registry', () => {
  it('has the designer’s commands, each with a label for its button', () => {
    expect(commands.map((c) => c.name)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'play-pause', 'step', 'reset', 'export', 'import', 'share']),
    );
    expect(commands.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Undo', 'Redo', 'Export', 'Import', 'Share']),
    );
  });

  it('undoes and redoes only when there is something to undo or redo', () => {
    const ctx = context();
    expect(command('undo').enabled!(ctx)).toBe(false);
    const before = ctx.store.getState().doc;
    ctx.store.getState().apply(edits.addNode(before, 'topic', { x: 0, y: 0 }).doc);
    expect(command('undo').enabled!(ctx)).toBe(true);
    expect(command('redo').enabled!(ctx)).toBe(false);
    command('undo').run(ctx);
    expect(ctx.store.getState().doc).toBe(before);
    expect(command('redo').enabled!(ctx)).toBe(true);
  });

  it('plays when paused and pauses when playing, once the simulation is live', () => {
    const ctx = context();
    expect(command('play-pause').enabled!(ctx)).toBe(false);
    ctx.store.getState().setSim({ status: 'live' });
    command('play-pause').run(ctx);
    ctx.store.getState().setSim({ running: true });
    command('play-pause').run(ctx);
    expect(ctx.calls).toEqual(['play', 'pause']);
    expect(command('step').enabled!(ctx)).toBe(false);
  });

  it('takes more commands, replacing one of the same name', () => {
    const count = commands.length;
    registerCommands([{ name: 'test-only', label: 'Test', run: () => {} }]);
    registerCommands([{ name: 'test-only', label: 'Test again', run: () => {} }]);
    expect(commands).toHaveLength(count + 1);
    expect(findCommand('test-only')!.label).toBe('Test again');
    commands.splice(commands.length - 1, 1);
  });
});
