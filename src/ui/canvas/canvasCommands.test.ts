import { describe, expect, it } from 'vitest';
import { createFranzStore } from '../../store/store';
import { commandForKey } from '../commands/commandForKey';
import { commands } from '../commands/registry';
import { recordingSimActions } from '../commands/simActions.testing';
import { canvasCommands } from './canvasCommands';
import { ordersDoc } from './docs.testing';

/** A key pressed while a canvas node (a div with role group) has focus. */
const onNode = (key: string, mods: { ctrlKey?: boolean; shiftKey?: boolean } = {}) => ({
  key,
  code: key.length === 1 ? `Key${key.toUpperCase()}` : key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
  target: { tagName: 'DIV', getAttribute: () => 'group' },
});

describe('canvas commands', () => {
  it('are in the registry', () => {
    expect(commands).toEqual(expect.arrayContaining(canvasCommands));
  });

  it('delete the selection with Delete or Backspace, duplicate with Ctrl+D, select all with Ctrl+A, fit with F', () => {
    const name = (press: ReturnType<typeof onNode>) => commandForKey(canvasCommands, press, false)?.name;
    expect(name(onNode('Delete'))).toBe('delete-selection');
    expect(name(onNode('Backspace'))).toBe('delete-selection');
    expect(name(onNode('d', { ctrlKey: true }))).toBe('duplicate-selection');
    expect(name(onNode('a', { ctrlKey: true }))).toBe('select-all');
    expect(name(onNode('f'))).toBe('fit-view');
  });

  it('can delete only when something is selected', () => {
    const store = createFranzStore();
    store.getState().replaceDocument(ordersDoc());
    const ctx = { store, sim: recordingSimActions().sim };
    const del = canvasCommands.find((c) => c.name === 'delete-selection')!;
    expect(del.enabled!(ctx)).toBe(false);
    store.getState().select(['orders->billing']);
    expect(del.enabled!(ctx)).toBe(true);
    del.run(ctx);
    expect(store.getState().doc.edges).not.toContainEqual({ from: 'orders', to: 'billing' });
  });
});
