// `npm run bench:ui [-- --json]`: opens a large design (20 sources, 10 topics of 12 partitions, 10 sinks,
// about a million records/s) in Chromium from a share link, plays it at 1x for ten seconds and prints the
// page's frames per second, its longest main-thread task and what one snapshot costs it. Before that it
// opens the first screen (the article pipeline, which starts running) three times in fresh pages and prints
// the time from navigation to the first frame of the running pipeline. Then it plays each of issue 13's size
// designs (bench/ui/sizeDesigns.ts) for ten seconds and prints per design its nodes, partitions, frames per
// second and longest main-thread task beside the goals (`--json`: `designs[]`). Asserts nothing.
// `--designs-only` measures only the size designs; `--design=c` only those whose name starts with c.
// Builds dist/ first when it is missing or older than src/.
import type { Browser } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './ui/browser';
import { ensureBuilt } from './ui/build';
import { largeDesign, PARTITIONS, SINKS, SOURCES, TOPICS, TOTAL_RECORDS_PER_SEC } from './ui/largeDesign';
import { measureDesign, SIZE_GOALS, type DesignRun } from './ui/measureDesign';
import { playAtOneX } from './ui/playAtOneX';
import { startPreview } from './ui/previewServer';
import { designHash } from './ui/shareLink';
import { sizeDesigns } from './ui/sizeDesigns';

const MEASURE_MS = 10_000;
const FIRST_SCREEN_RUNS = 3;
const GOALS = { fps: 60, longestTaskMs: 50, snapshotCostMs: 0.1 };
const json = process.argv.includes('--json');
const designsOnly = process.argv.includes('--designs-only');
const designFilter = process.argv.find((a) => a.startsWith('--design='))?.slice('--design='.length);
const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);

interface Probe {
  fps: number[];
  longTasks: number[];
  longTasksBefore: number[];
}

/** Milliseconds from navigation (performance.now()) to the first frame showing each; null if never seen. */
interface FirstScreen {
  firstNodeMs: number | null;
  firstRunningMs: number | null;
  firstChartMs: number | null;
}

interface Cost {
  count: number;
  meanMs: number;
  maxMs: number;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0
    ? null
    : sorted.length % 2
      ? sorted[mid]!
      : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (x: number | null, digits: number) => (x === null ? null : Number(x.toFixed(digits)));

/** Opens the first screen in a fresh page (nothing kept from an earlier visit) and waits for its first frames. */
async function firstScreen(browser: Browser, url: string): Promise<FirstScreen> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript({ path: 'bench/ui/probe.js' });
    await page.goto(url);
    const read = () =>
      page.evaluate(() => {
        const p = (globalThis as unknown as { __franzProbe: FirstScreen }).__franzProbe;
        return { firstNodeMs: p.firstNodeMs, firstRunningMs: p.firstRunningMs, firstChartMs: p.firstChartMs };
      });
    await page
      .waitForFunction(
        () => {
          const p = (globalThis as unknown as { __franzProbe: FirstScreen }).__franzProbe;
          return p.firstRunningMs !== null && p.firstChartMs !== null;
        },
        undefined,
        { timeout: 30_000 },
      )
      .catch(() => undefined);
    return await read();
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  ensureBuilt(log);
  const server = await startPreview();
  const browser = await launchChromium().catch((error: unknown) => {
    server.stop();
    throw error;
  });
  try {
    const designs: DesignRun[] = [];
    for (const design of sizeDesigns().filter((d) => !designFilter || d.name.startsWith(designFilter)))
      designs.push(await measureDesign(browser, server.url, design, MEASURE_MS));
    if (designsOnly) return void reportDesigns(designs);
    const firstScreens: FirstScreen[] = [];
    for (let run = 0; run < FIRST_SCREEN_RUNS; run++)
      firstScreens.push(await firstScreen(browser, server.url));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ path: 'bench/ui/probe.js' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}${designHash(largeDesign())}`);
    const played = await playAtOneX(page);
    if (!played) log('the page showed no Play/Pause button or did not start playing: measuring it as it is');
    await page.evaluate(() =>
      (globalThis as unknown as { __franzProbe: { start(): void } }).__franzProbe.start(),
    );
    await page.waitForTimeout(MEASURE_MS);
    const { probe, cost, clock } = await page.evaluate(() => {
      const g = globalThis as unknown as {
        __franzProbe: Probe;
        __franzSnapshotCost?: Cost;
        document: { querySelector(s: string): { textContent: string | null } | null };
      };
      return {
        probe: {
          fps: g.__franzProbe.fps,
          longTasks: g.__franzProbe.longTasks,
          longTasksBefore: g.__franzProbe.longTasksBefore,
        },
        cost: g.__franzSnapshotCost ? { ...g.__franzSnapshotCost } : null,
        clock: g.document.querySelector('[aria-label="Simulated time"]')?.textContent ?? null,
      };
    });
    report({ firstScreens, played, probe, cost, clock, errors, designs });
  } finally {
    await browser.close();
    server.stop();
  }
}

const medianOf = (runs: FirstScreen[], key: keyof FirstScreen) => {
  const seen = runs.map((r) => r[key]).filter((x): x is number => x !== null);
  return seen.length === runs.length ? round(median(seen), 0) : null;
};

function report({
  firstScreens,
  played,
  probe,
  cost,
  clock,
  errors,
  designs,
}: {
  designs: DesignRun[];
  firstScreens: FirstScreen[];
  played: boolean;
  probe: Probe;
  cost: Cost | null;
  clock: string | null;
  errors: string[];
}) {
  const result = {
    firstScreen: {
      runs: firstScreens.length,
      firstNodeMs: medianOf(firstScreens, 'firstNodeMs'),
      firstRunningMs: medianOf(firstScreens, 'firstRunningMs'),
      firstChartMs: medianOf(firstScreens, 'firstChartMs'),
      eachRun: firstScreens,
    },
    design: {
      sources: SOURCES,
      topics: TOPICS,
      partitionsPerTopic: PARTITIONS,
      sinks: SINKS,
      recordsPerSec: TOTAL_RECORDS_PER_SEC,
    },
    measuredMs: MEASURE_MS,
    played,
    fpsMedian: round(median(probe.fps), 1),
    fpsWindows: probe.fps.map((f) => round(f, 1)),
    longestTaskMs: probe.longTasks.length ? Math.max(...probe.longTasks) : 0,
    longTasks: probe.longTasks.length,
    longestTaskWhileLoadingMs: probe.longTasksBefore.length ? Math.max(...probe.longTasksBefore) : 0,
    snapshotCost: cost && { count: cost.count, meanMs: round(cost.meanMs, 4), maxMs: round(cost.maxMs, 4) },
    simulatedClock: clock,
    pageErrors: errors,
    goals: GOALS,
    designs: designs.map((d) => d.figures),
    designGoals: SIZE_GOALS,
  };
  if (json) return void process.stdout.write(`${JSON.stringify(result)}\n`);
  const c = result.snapshotCost;
  const f = result.firstScreen;
  const ms = (x: number | null) => (x === null ? 'n/a' : `${x} ms`);
  log(`Franz first screen (the article pipeline), from navigation, median of ${f.runs} fresh pages`);
  log(`  first frame with the canvas's nodes       ${ms(f.firstNodeMs)}`);
  log(`  first frame of the running pipeline       ${ms(f.firstRunningMs)}  (the simulated clock has moved)`);
  log(`  first chart in the dock                   ${ms(f.firstChartMs)}`);
  log(
    `Franz UI benchmark: ${SOURCES} sources, ${TOPICS} topics x ${PARTITIONS} partitions, ${SINKS} sinks, ${TOTAL_RECORDS_PER_SEC.toLocaleString('en')} records/s, ${MEASURE_MS / 1000} s at 1x${played ? '' : ' (NOT playing)'}`,
  );
  log(
    `  frames per second, median of 1 s windows  ${result.fpsMedian ?? 'n/a'}  [${result.fpsWindows.join(', ')}]  goal ${GOALS.fps}`,
  );
  log(
    `  longest main-thread task while playing    ${result.longestTaskMs.toFixed(0)} ms (${result.longTasks} tasks over 50 ms)  goal < ${GOALS.longestTaskMs} ms`,
  );
  log(`  longest task while the page loaded        ${result.longestTaskWhileLoadingMs.toFixed(0)} ms`);
  log(
    `  one snapshot on the page                  ${c ? `mean ${c.meanMs} ms, max ${c.maxMs} ms over ${c.count} snapshots` : 'n/a (window.__franzSnapshotCost missing)'}  goal < ${GOALS.snapshotCostMs} ms`,
  );
  log(`  simulated clock at the end                ${clock ?? 'n/a'}`);
  if (errors.length) log(`  page errors: ${errors.join(' | ')}`);
  printDesigns(designs);
}

/** `--designs-only`: the size designs alone (and with `--json`, `{designs, designGoals}`). */
function reportDesigns(designs: DesignRun[]) {
  const result = { designs: designs.map((d) => d.figures), designGoals: SIZE_GOALS };
  if (json) return void process.stdout.write(`${JSON.stringify(result)}\n`);
  printDesigns(designs);
}

function printDesigns(designs: DesignRun[]) {
  log(
    `Franz at size: each design ${MEASURE_MS / 1000} s at 1x; goals >= ${SIZE_GOALS.fps} fps, no task over ${SIZE_GOALS.longestTaskMs} ms`,
  );
  log('  design                                   nodes  partitions    fps  longest task');
  for (const { figures: f, played, errors } of designs) {
    const fps = f.fps === null ? 'n/a' : f.fps.toFixed(1);
    const ok = (f.fps ?? 0) >= SIZE_GOALS.fps && f.longestTaskMs <= SIZE_GOALS.longestTaskMs;
    log(
      `  ${f.name.padEnd(40)} ${String(f.nodes).padStart(5)} ${String(f.partitions).padStart(11)} ${fps.padStart(6)} ${`${f.longestTaskMs} ms`.padStart(13)}  ${ok ? 'meets the goals' : 'below the goals'}${played ? '' : ' (NOT playing)'}`,
    );
    if (errors.length) log(`    page errors: ${errors.join(' | ')}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ui failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
