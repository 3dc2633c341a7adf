// Presentation mode: the canvas for a room, larger type and thicker lines, the side panels folded away. Kept for
// the tab's session (sessionStorage), so a reload during a talk stays in it and a new tab starts as usual.
import { create } from 'zustand';

export const PRESENTATION_KEY = 'franz.presenting';

export interface PresentationStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Only the value this page writes means on; anything else is off. */
export function readPresenting(storage: PresentationStorage | null): boolean {
  try {
    return storage?.getItem(PRESENTATION_KEY) === 'on';
  } catch {
    return false;
  }
}

export function writePresenting(storage: PresentationStorage | null, on: boolean): void {
  try {
    if (on) storage?.setItem(PRESENTATION_KEY, 'on');
    else storage?.removeItem(PRESENTATION_KEY);
  } catch {
    // Refused storage: the mode still holds until the page closes.
  }
}

function sessionStorageOrNull(): PresentationStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

interface PresentationState {
  presenting: boolean;
  setPresenting(on: boolean): void;
}

export const usePresentation = create<PresentationState>((set) => ({
  presenting: typeof window === 'undefined' ? false : readPresenting(sessionStorageOrNull()),
  setPresenting(on) {
    writePresenting(sessionStorageOrNull(), on);
    set({ presenting: on });
  },
}));

export const togglePresenting = () => {
  const { presenting, setPresenting } = usePresentation.getState();
  setPresenting(!presenting);
};
