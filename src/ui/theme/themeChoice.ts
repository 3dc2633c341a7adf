// The page's colour theme: Light, Dark, or the system's (prefers-color-scheme), kept in localStorage. The CSS
// does the work (app.css: `[data-theme='dark']`, and a `prefers-color-scheme: dark` rule while the choice is
// System); this file decides what the root element says, and tells the few colours drawn from script which
// theme is showing.
import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'franz.theme';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** The part of Storage this needs, so tests hand in their own. */
export interface ThemeStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A kept choice, or System for nothing kept or anything this page did not write. */
export function parseThemeChoice(raw: string | null | undefined): ThemeChoice {
  return THEME_CHOICES.find((choice) => choice === raw) ?? 'system';
}

/** The theme shown: the explicit choice, else the system's. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

export function readThemeChoice(storage: ThemeStorage | null): ThemeChoice {
  try {
    return parseThemeChoice(storage?.getItem(THEME_KEY));
  } catch {
    return 'system';
  }
}

/** Keeps the choice; a browser that refuses storage keeps it for this page only. */
export function writeThemeChoice(storage: ThemeStorage | null, choice: ThemeChoice): void {
  try {
    storage?.setItem(THEME_KEY, choice);
  } catch {
    // Storage full or refused: the choice still holds until the page closes.
  }
}

/** What the root element says: an explicit choice is an attribute, System leaves it to the media query. */
export function applyThemeChoice(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

function localStorageOrNull(): ThemeStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const DARK_QUERY = '(prefers-color-scheme: dark)';
const systemDark = () => typeof window !== 'undefined' && !!window.matchMedia?.(DARK_QUERY).matches;

interface ThemeState {
  choice: ThemeChoice;
  /** The system's preference, followed live (the OS switching at dusk). */
  systemDark: boolean;
  choose(choice: ThemeChoice): void;
}

export const useThemeChoice = create<ThemeState>((set) => ({
  choice: typeof window === 'undefined' ? 'system' : readThemeChoice(localStorageOrNull()),
  systemDark: systemDark(),
  choose(choice) {
    writeThemeChoice(localStorageOrNull(), choice);
    applyThemeChoice(document.documentElement, choice);
    set({ choice });
  },
}));

/** The theme showing now, for colours drawn from script (React Flow's own parts). */
export function useTheme(): Theme {
  return useThemeChoice((s) => resolveTheme(s.choice, s.systemDark));
}

/** Puts the kept choice on the page and follows the system's preference; call once at start. */
export function startTheme(): void {
  applyThemeChoice(document.documentElement, useThemeChoice.getState().choice);
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', (event) => useThemeChoice.setState({ systemDark: event.matches }));
}
