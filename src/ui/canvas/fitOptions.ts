// Where a fitted design sits: clear of everything React Flow draws over the canvas, so no node hides under a
// control at fit view. The view switch has its own row above the canvas (app.css); over the canvas there are only
// the zoom buttons (bottom left, one row) and, when shown, the minimap (bottom right).

/** The minimap on screen: small enough to leave the canvas its nodes. */
export const MINIMAP_SIZE = { width: 150, height: 96 } as const;
/** React Flow's panels sit 15 px in from the canvas's edges. */
const PANEL_MARGIN = 15;
/** The zoom buttons in one row, 28 px high with their border. */
const ZOOM_BUTTONS_HEIGHT = 30;
/** Air between the lowest node and the top of a panel. */
const GAP = 10;

export interface FitSituation {
  /** Whether the minimap is showing. */
  minimap: boolean;
  /** Presentation mode: a small design may grow past life-size to fill the room's screen. */
  presenting: boolean;
}

export interface FitOptions {
  padding: { top: `${number}px`; bottom: `${number}px`; left: `${number}%`; right: `${number}%` };
  maxZoom: number;
}

/**
 * The fit's padding and largest zoom. The bottom padding is the tallest panel in the bottom corners, so the
 * design ends above both whatever its width; elsewhere a little air.
 */
export function fitOptions({ minimap, presenting }: FitSituation): FitOptions {
  const panel = minimap ? MINIMAP_SIZE.height : ZOOM_BUTTONS_HEIGHT;
  return {
    padding: { top: '16px', bottom: `${panel + PANEL_MARGIN + GAP}px`, left: '3%', right: '3%' },
    // Life-size at most, as a designer wants it; in a room, up to twice that.
    maxZoom: presenting ? 2 : 1,
  };
}

/** Whether the minimap shows until the person says otherwise: on a large canvas only, never when presenting. */
export function minimapByDefault(canvas: { width: number; height: number }, presenting: boolean): boolean {
  return !presenting && canvas.width >= 1100 && canvas.height >= 650;
}
