import { useEffect, useId, useRef, useState } from 'react';

/**
 * A toolbar menu's open state: it closes on Escape (focus back on its toggle) and on a click anywhere outside
 * `root`. Give `root` to the element holding toggle and menu, `toggle` to the button, `menuId` to the menu.
 */
export function useDropdown() {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Taken: the Escape closed this menu, and nothing else (presentation mode) should act on it.
      e.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return { open, setOpen, menuId, root, toggle };
}
