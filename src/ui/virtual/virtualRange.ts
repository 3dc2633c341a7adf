// Which rows of a long list to render: only those in view (and a few either side, so a quick scroll shows
// no gap), with the height of the rows left out above and below. Rows are all one height. Pure, so the
// numbers are pinned by tests.

/** Rows rendered beyond each edge of the view. */
export const OVERSCAN_ROWS = 8;

export interface VirtualRange {
  /** The first row rendered. */
  first: number;
  /** One past the last row rendered. */
  end: number;
  /** The height of the rows not rendered above and below, in pixels. */
  padTop: number;
  padBottom: number;
}

export function virtualRange(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan = OVERSCAN_ROWS,
): VirtualRange {
  const top = Math.max(0, Math.floor(scrollTop / rowHeight));
  const inView = Math.ceil(viewportHeight / rowHeight) + 1;
  const first = Math.min(Math.max(0, count - 1), Math.max(0, top - overscan));
  const end = Math.min(count, top + inView + overscan);
  return {
    first,
    end: Math.max(first, end),
    padTop: first * rowHeight,
    padBottom: Math.max(0, count - Math.max(first, end)) * rowHeight,
  };
}
