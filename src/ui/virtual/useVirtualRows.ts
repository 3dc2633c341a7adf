// A hand-written virtual list: the scroll container's position and height, kept in React state only as the
// first row in view (so scrolling within a row renders nothing new), turned into the rows to render.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { virtualRange, type VirtualRange } from './virtualRange';

/** Before the container is measured (and where there is no layout, as in tests): a tall screen's worth. */
const DEFAULT_VIEW_HEIGHT = 600;

export function useVirtualRows<E extends HTMLElement>(
  count: number,
  rowHeight: number,
): { ref: React.RefObject<E | null>; onScroll: () => void; range: VirtualRange } {
  const ref = useRef<E>(null);
  const [topRow, setTopRow] = useState(0);
  const [viewHeight, setViewHeight] = useState(DEFAULT_VIEW_HEIGHT);
  const onScroll = useCallback(() => {
    const el = ref.current;
    if (el) setTopRow(Math.floor(el.scrollTop / rowHeight));
  }, [rowHeight]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientHeight > 0) setViewHeight(el.clientHeight);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, onScroll, range: virtualRange(count, rowHeight, topRow * rowHeight, viewHeight) };
}
