// One of the size designs in a fresh page: opened from its share link, played at 1x (with the Cluster view
// open for the one that asks), then frames per second and long main-thread tasks over `ms` of playing.
import type { Browser } from '@playwright/test';
import { playAtOneX } from './playAtOneX';
import { designHash } from './shareLink';
import type { SizeDesign } from './sizeDesigns';

/** The goals for every size design: printed beside the figures, not asserted. */
export const SIZE_GOALS = { fps: 50, longestTaskMs: 50 };

/** What `--json` prints per design, exactly these fields. */
export interface DesignFigures {
  name: string;
  nodes: number;
  partitions: number;
  fps: number | null;
  longestTaskMs: number;
}

export interface DesignRun {
  figures: DesignFigures;
  played: boolean;
  errors: string[];
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return null;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function measureDesign(
  browser: Browser,
  baseUrl: string,
  design: SizeDesign,
  ms: number,
): Promise<DesignRun> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript({ path: 'bench/ui/probe.js' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}${designHash(design.doc)}`);
    const played = await playAtOneX(page);
    if (design.view === 'cluster')
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Cluster' }).click();
    // Let the view settle (the first draw of a thousand rows is loading, not playing).
    await page.waitForTimeout(1500);
    await page.evaluate(() =>
      (globalThis as unknown as { __franzProbe: { start(): void } }).__franzProbe.start(),
    );
    await page.waitForTimeout(ms);
    const probe = await page.evaluate(() => {
      const p = (globalThis as unknown as { __franzProbe: { fps: number[]; longTasks: number[] } })
        .__franzProbe;
      return { fps: [...p.fps], longTasks: [...p.longTasks] };
    });
    const fps = median(probe.fps);
    return {
      figures: {
        name: design.name,
        nodes: design.nodes,
        partitions: design.partitions,
        fps: fps === null ? null : Number(fps.toFixed(1)),
        longestTaskMs: probe.longTasks.length ? Math.round(Math.max(...probe.longTasks)) : 0,
      },
      played,
      errors,
    };
  } finally {
    await page.close();
  }
}
