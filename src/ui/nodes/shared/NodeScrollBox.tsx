import type { KeyboardEvent, ReactNode, RefObject } from 'react';

/**
 * Keys that scroll the focused box: kept from React Flow, which would move the selected node with the arrows.
 * Space is not among them: it plays and pauses everywhere (the command registry).
 */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);
const keepScrollKeys = (event: KeyboardEvent) => {
  if (SCROLL_KEYS.has(event.key)) event.stopPropagation();
};

interface NodeScrollBoxProps {
  /** From useVirtualRows: the box's element and what to do when it scrolls. */
  ref: RefObject<HTMLDivElement | null>;
  onScroll: () => void;
  /** The box's height in flow pixels: a whole number of rows. */
  height: number;
  children: ReactNode;
}

/**
 * A box inside a canvas node that scrolls a long list (a topic's lanes, a group's members). It carries React
 * Flow's `nowheel` (the wheel scrolls the list instead of zooming the canvas) and `nodrag` (dragging its
 * scrollbar does not move the node), and is focusable so the list scrolls from the keyboard too.
 */
export function NodeScrollBox({ ref, onScroll, height, children }: NodeScrollBoxProps) {
  return (
    <div
      ref={ref}
      className="node-scroll nowheel nodrag"
      style={{ height }}
      onScroll={onScroll}
      onKeyDown={keepScrollKeys}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
