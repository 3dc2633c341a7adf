import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, following the window as it changes (false without matchMedia). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}

/** The width below which the top bar folds its rarer commands into More (smallScreens.css matches it). */
export const NARROW_QUERY = '(max-width: 1279px)';
