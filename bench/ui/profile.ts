// `npm run profile:ui [-- seconds] [-- --from-load]`: where the page's main-thread time goes under the
// benchmark's design. Builds an unminified copy (names kept, with source maps) into a temporary folder,
// plays it at 1x, records a JS CPU profile (CDP Profiler) and a Chrome trace together, and prints self
// time by source file and by function, the trace's busiest event kinds and the longest tasks (wall and
// CPU time: on a shared machine a task can wait for a core). For finding costs, not for gating.
// FRANZ_PROFILE_OUT=/tmp/x also saves x.cpuprofile and x.trace.json (both open in Chrome DevTools);
// FRANZ_PROFILE_CSS='selector { display: none }' hides part of the page, to see what it costs.
// `--design=b` profiles the size design whose name starts with b (bench/ui/sizeDesigns.ts) instead, with its view.
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser';
import { largeDesign } from './largeDesign';
import { startPreview } from './previewServer';
import { designHash } from './shareLink';
import { sizeDesigns } from './sizeDesigns';

const seconds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10);
/** `--from-load`: record from the page's first second (the charts' first draw, say), not its steady state. */
const fromLoad = process.argv.includes('--from-load');
const designName = process.argv.find((a) => a.startsWith('--design='))?.slice('--design='.length);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread (CPU) time, where the trace has it. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The fields of one source-map segment (base64 VLQ). */
function decodeSegment(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = VLQ.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >> 1) : value >> 1);
      value = shift = 0;
    }
  }
  return out;
}

type Locate = (line: number, column: number) => string;

/** Which source file each bundled line and column came from, read from the build's source maps. */
function sourcesOf(dir: string): Map<string, Locate> {
  const out = new Map<string, Locate>();
  for (const file of readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js.map'))) {
    const map = JSON.parse(readFileSync(join(dir, 'assets', file), 'utf8')) as {
      sources: string[];
      mappings: string;
    };
    let source = 0;
    const lines = map.mappings.split(';').map((line) => {
      const segments: [number, number][] = [];
      let column = 0;
      for (const seg of line ? line.split(',') : []) {
        const [dc = 0, ds] = decodeSegment(seg);
        column += dc;
        if (ds !== undefined) source += ds;
        segments.push([column, source]);
      }
      return segments;
    });
    const name = (i: number) =>
      (map.sources[i] ?? '?').replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
    out.set(file.replace(/\.map$/, ''), (line, column) => {
      let found = -1;
      for (const [c, s] of lines[line] ?? []) if (c <= column) found = s;
      return found < 0 ? '?' : name(found);
    });
  }
  return out;
}

/** The page opens playing at 5x: set 1x and make sure it plays, as the benchmark does. */
async function play(page: Page): Promise<void> {
  const play = page.getByRole('button', { name: 'Play', exact: true });
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  await play.or(pause).first().waitFor({ timeout: 20_000 });
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('1');
  if (await play.isVisible()) await play.click();
  await pause.waitFor();
}

function top<K>(map: Map<K, number>, n: number): [K, number][] {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
}

function summariseProfile(profile: Profile, sources: Map<string, Locate>, ms: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    const file = url.split('/').pop() ?? '';
    const region =
      sources.get(file)?.(lineNumber, columnNumber) ?? (url ? file : `(${functionName || 'native'})`);
    const fn = `${functionName || '(anonymous)'}  ${region}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byFile.set(region, (byFile.get(region) ?? 0) + us);
  }
  const pct = (us: number) => `${((us / 1000 / ms) * 100).toFixed(1).padStart(5)}%`;
  console.log(`\nJS CPU profile, self time (share of ${ms / 1000} s wall):`);
  for (const [k, us] of top(byFile, 25))
    console.log(`  ${pct(us)}  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  console.log('\nby function:');
  for (const [k, us] of top(byFunction, 40))
    console.log(`  ${pct(us)}  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
}

function summariseTrace(events: TraceEvent[], ms: number) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return console.log('no renderer main thread in the trace');
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const byName = new Map<string, number>();
  for (const e of mine) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur!);
  console.log(`\ntrace, main thread, total duration by event name (nested events overlap):`);
  for (const [k, us] of top(byName, 25)) console.log(`  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const busy = tasks.reduce((sum, e) => sum + e.dur!, 0) / 1000;
  const cpu = tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  const longest = [...tasks].sort((a, b) => b.dur! - a.dur!).slice(0, 8);
  const ms1 = (us: number | undefined) => ((us ?? 0) / 1000).toFixed(1);
  console.log(
    `\ntasks: ${tasks.length}, busy ${busy.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms) of ${ms}; ` +
      `over 50 ms: ${tasks.filter((e) => e.dur! > 50_000).length}; ` +
      `longest (wall/CPU ms): ${longest.map((e) => `${ms1(e.dur)}/${ms1(e.tdur)}`).join(', ')}`,
  );
}

async function main() {
  process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
  const dir = mkdtempSync(join(tmpdir(), 'franz-profile-'));
  const build = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--minify',
      'false',
      '--sourcemap',
      '--outDir',
      dir,
      '--emptyOutDir',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (build.status !== 0) throw new Error('vite build failed');
  const server = await startPreview(['--outDir', dir]);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    const size = designName ? sizeDesigns().find((d) => d.name.startsWith(designName)) : undefined;
    if (designName && !size) throw new Error(`no size design starts with ${designName}`);
    const open = async () => {
      await page.goto(`${server.url}${designHash(size ? size.doc : largeDesign())}`);
      if (process.env.FRANZ_PROFILE_CSS) await page.addStyleTag({ content: process.env.FRANZ_PROFILE_CSS });
      await play(page);
      if (size?.view === 'cluster')
        await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Cluster' }).click();
    };
    if (!fromLoad) {
      await open();
      await page.waitForTimeout(3000);
    }
    // The profiler first: starting it takes a long task, which the trace need not show.
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, {
      screenshots: false,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'],
    });
    if (fromLoad) {
      await open();
      // Where `npm run bench:ui` starts measuring: a TimeStamp event in the trace.
      await page.evaluate(() => console.timeStamp('franz:measuring'));
    }
    await page.waitForTimeout(seconds * 1000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    if (process.env.FRANZ_PROFILE_OUT) {
      writeFileSync(`${process.env.FRANZ_PROFILE_OUT}.cpuprofile`, JSON.stringify(profile));
      writeFileSync(`${process.env.FRANZ_PROFILE_OUT}.trace.json`, JSON.stringify(trace));
    }
    summariseProfile(profile, sourcesOf(dir), seconds * 1000);
    summariseTrace(trace.traceEvents, seconds * 1000);
  } finally {
    await browser.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
