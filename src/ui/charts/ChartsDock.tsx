import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';

/**
 * The charts' code in a chunk of its own, asked for once: the canvas draws without waiting for it. (The
 * Sweep and Compare views' chart library is in a chunk of its own too, loaded when one of them opens.)
 */
let chartsPanel: Promise<{ default: ComponentType }> | null = null;
function loadChartsPanel() {
  chartsPanel ??= import('./ChartsPanel').then((module) => ({ default: module.ChartsPanel }));
  return chartsPanel;
}

const ChartsPanel = lazy(loadChartsPanel);

/** An idle moment comes soon on a page at rest; a busy one gets the charts after this anyway. */
const IDLE_TIMEOUT_MS = 500;

/**
 * The charts in the dock, fetched after the page's first frame, when the main thread is idle: the canvas
 * is drawn and answers the person first. Until then a placeholder holds the charts' place in the dock
 * (the dock's height is fixed, so nothing moves when the charts arrive).
 */
export function ChartsDock() {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    let idle: number | null = null;
    const start = () => {
      idle = null;
      void loadChartsPanel();
      setStarted(true);
    };
    // The frame after the first render is the canvas's first frame; the charts come in the idle time after it.
    const frame = requestAnimationFrame(() => {
      idle =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS })
          : window.setTimeout(start, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle === null) return;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else clearTimeout(idle);
    };
  }, []);

  if (!started) return <ChartsPlaceholder />;
  return (
    <Suspense fallback={<ChartsPlaceholder />}>
      <ChartsPanel />
    </Suspense>
  );
}

/** Where the charts will be, as large as they are. */
function ChartsPlaceholder() {
  return (
    <section className="charts-loading" aria-label="Charts" aria-busy="true">
      <p className="charts-loading__text">Loading charts…</p>
    </section>
  );
}
