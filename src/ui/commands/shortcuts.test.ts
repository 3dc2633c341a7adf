import { describe, expect, it } from 'vitest';
import { commandForKey } from './commandForKey';
import { commands } from './registry';

const page = { tagName: 'DIV', getAttribute: () => null };
const input = { tagName: 'INPUT', type: 'text' };
const numberInput = { tagName: 'INPUT', type: 'number' };
const button = { tagName: 'BUTTON' };

function press(
  key: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
  target: unknown = page,
) {
  const code = key.length === 1 ? `Key${key.toUpperCase()}` : key === ' ' ? 'Space' : key;
  return {
    key,
    code,
    ctrlKey: !!mods.ctrl,
    metaKey: !!mods.meta,
    shiftKey: !!mods.shift,
    altKey: !!mods.alt,
    target,
  };
}

const on = (p: ReturnType<typeof press> & { repeat?: boolean }, isMac = false) =>
  commandForKey(commands, p, isMac)?.name;

describe('keyboard shortcuts', () => {
  it('undo with Ctrl+Z, redo with Ctrl+Shift+Z or Ctrl+Y', () => {
    expect(on(press('z', { ctrl: true }))).toBe('undo');
    expect(on(press('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(on(press('y', { ctrl: true }))).toBe('redo');
  });

  it('use Cmd instead of Ctrl on a Mac', () => {
    expect(on(press('z', { meta: true }), true)).toBe('undo');
    expect(on(press('z', { ctrl: true }), true)).toBeUndefined();
    expect(on(press('z', { meta: true }), false)).toBeUndefined();
  });

  it('find letters by their position on other keyboard layouts', () => {
    expect(on({ ...press('я', { ctrl: true }), code: 'KeyZ' })).toBe('undo');
  });

  it('find digits by position, whatever Shift makes them type', () => {
    const list = [{ name: 'fit', label: 'Fit', shortcut: 'Shift+1', run: () => {} }];
    expect(commandForKey(list, { ...press('!', { shift: true }), code: 'Digit1' }, false)?.name).toBe('fit');
    expect(commandForKey(list, { ...press('1'), code: 'Digit1' }, false)).toBeUndefined();
  });

  it('play or pause with Space, but not while it is held down', () => {
    expect(on(press(' '))).toBe('play-pause');
    expect(on({ ...press(' '), repeat: true })).toBeUndefined();
    expect(on(press(' ', { shift: true }))).toBeUndefined();
  });

  it('leave typing alone: nothing fires in a text field', () => {
    expect(on(press(' ', {}, input))).toBeUndefined();
    expect(on(press('z', { ctrl: true }, input))).toBeUndefined();
    expect(on(press('z', { ctrl: true }, numberInput))).toBeUndefined();
    expect(on(press(' ', {}, { tagName: 'DIV', isContentEditable: true }))).toBeUndefined();
  });

  it('leave Space to a focused button, which it presses; Ctrl+Z still undoes there', () => {
    expect(on(press(' ', {}, button))).toBeUndefined();
    expect(on(press('z', { ctrl: true }, button))).toBe('undo');
  });
});
