import { describe, expect, it } from 'vitest';
import {
  parseThemeChoice,
  readThemeChoice,
  resolveTheme,
  THEME_KEY,
  writeThemeChoice,
  type ThemeStorage,
} from './themeChoice';

const memory = (
  entries: Record<string, string> = {},
): ThemeStorage & { entries: Record<string, string> } => ({
  entries,
  getItem: (key) => entries[key] ?? null,
  setItem: (key, value) => void (entries[key] = value),
});

describe('the theme choice', () => {
  it('follows the system while the choice is System', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });

  it('keeps an explicit choice whatever the system prefers', () => {
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('reads back what it kept', () => {
    const storage = memory();
    writeThemeChoice(storage, 'dark');
    expect(storage.entries[THEME_KEY]).toBe('dark');
    expect(readThemeChoice(storage)).toBe('dark');
  });

  it('ignores a kept value it did not write, and no storage at all', () => {
    expect(parseThemeChoice('purple')).toBe('system');
    expect(parseThemeChoice('Dark')).toBe('system');
    expect(readThemeChoice(memory({ [THEME_KEY]: '{"dark":true}' }))).toBe('system');
    expect(readThemeChoice(null)).toBe('system');
  });

  it('survives a browser that throws on storage', () => {
    const refusing: ThemeStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readThemeChoice(refusing)).toBe('system');
    expect(() => writeThemeChoice(refusing, 'light')).not.toThrow();
  });
});
