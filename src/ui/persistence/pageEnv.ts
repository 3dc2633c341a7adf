// What persistence needs of the browser, in one place, so tests can hand in their own.

import type { DesignStorage } from './designStorage';

export type { DesignStorage };

export interface PageEnv {
  /** null when the browser refuses storage (some private modes throw on access). */
  storage: DesignStorage | null;
  /** The page's address now. */
  url(): string;
  /** Changes the address without a reload or a history entry. */
  replaceUrl(url: string): void;
  /** null when the page may not write to the clipboard (an insecure context). */
  clipboard: { writeText(text: string): Promise<void> } | null;
}

function localStorageOrNull(): DesignStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function browserEnv(): PageEnv {
  return {
    storage: localStorageOrNull(),
    url: () => window.location.href,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
    clipboard: navigator.clipboard ?? null,
  };
}

/** The address without its fragment. */
export const withoutHash = (url: string) => url.replace(/#.*$/, '');
