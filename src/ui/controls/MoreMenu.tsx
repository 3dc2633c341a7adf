import type { ReactNode } from 'react';
import { useDropdown } from './useDropdown';

/**
 * "More ▾": the top bar's rarer commands on a narrow screen, so the bar keeps one row at 1024 px. Closes on
 * Escape (focus back on its button), on a click elsewhere, and once one of its commands is pressed.
 */
export function MoreMenu({ children }: { children: ReactNode }) {
  const { open, setOpen, menuId, root, toggle } = useDropdown();

  return (
    <div className="more-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open && (
        // A command pressed inside closes the menu; its click has run by then.
        <div
          id={menuId}
          className="more-menu__list"
          role="group"
          aria-label="More"
          onClick={() => setOpen(false)}
        >
          {children}
        </div>
      )}
    </div>
  );
}
