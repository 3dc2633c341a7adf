// The frame loop behind ParticleLayer: reads React Flow's and Franz's stores directly (no React render
// per frame), moves the pool and paints it on one canvas.
import type { Edge, ReactFlowState } from '@xyflow/react';
import type { StoreApi } from 'zustand';
import type { FranzState } from '../../store/store';
import { SERIES_COLORS } from '../charts/palette';
import { bezierAt, bezierSlope, GEOMETRY_STRIDE, tAtShare } from './bezier';
import { writeEdgeGeometry } from './edgeGeometry';
import { edgeFlows, spawnPerSecond, speedPerSecond } from './particleRates';
import { ARC_SAMPLES, ParticleSystem } from './particleSystem';

type FlowStore = Pick<StoreApi<ReactFlowState>, 'getState'>;
type FranzStore = Pick<StoreApi<FranzState>, 'getState' | 'subscribe'>;

/** Particle radius and how far apart lanes spread, in flow pixels (they zoom with the edges). */
const RADIUS = 3.5;
const LANE_SPREAD = 3;
/** Never smaller than this on screen, however far out the view is zoomed. */
const MIN_SCREEN_RADIUS = 1.6;
/** Seconds particles take to fade out after a pause. */
const FADE_SECONDS = 0.6;
/** Longest step: a tab in the background must not make particles jump across the screen. */
const MAX_DT = 0.1;
/**
 * Past this many edges the particles move every other frame (30 a second). Each frame that changes the
 * canvas is copied to the compositor in the frame's commit, on the main thread: with 300 edges those
 * copies took a quarter of the main thread's time, and made frames run long.
 */
export const HALF_RATE_EDGES = 100;

export interface ParticleRunnerOptions {
  /**
   * The canvas sits inside React Flow's transformed viewport (between edges and nodes), so it undoes
   * the viewport's CSS transform to stay aligned with the screen.
   */
  insideViewport: boolean;
}

/** Starts drawing on `canvas`; returns the function that stops it. */
export function runParticles(
  canvas: HTMLCanvasElement,
  flow: FlowStore,
  franz: FranzStore,
  { insideViewport }: ParticleRunnerOptions,
): () => void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return () => {};
  const system = new ParticleSystem();
  const colorCount = SERIES_COLORS.length;
  const perColor = new Int32Array(colorCount);
  const px = new Float32Array(system.capacity);
  const py = new Float32Array(system.capacity);

  const motion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  let reducedMotion = motion?.matches ?? false;

  let edges: Edge[] | null = null;
  let edgeKeys: string[] = [];
  let flowsDirty = true;
  let alpha = franz.getState().sim.running ? 1 : 0;
  let drawnLastFrame = false;
  let frame = 0;
  let last = 0;
  let cssW = 0;
  let cssH = 0;
  let dpr = 0;
  let tx = NaN;
  let ty = NaN;
  let tz = NaN;
  let skipped = false;

  const onMotion = () => {
    reducedMotion = motion?.matches ?? false;
    flowsDirty = true;
  };
  motion?.addEventListener('change', onMotion);

  const unsubscribe = franz.subscribe((s, prev) => {
    if (s.sim.report !== prev.sim.report || s.doc !== prev.doc) flowsDirty = true;
    if (s.sim.running && !prev.sim.running) {
      alpha = 1;
      wake();
    }
  });

  function wake() {
    if (frame === 0) {
      last = 0;
      frame = requestAnimationFrame(tick);
    }
  }

  function syncEdges(next: Edge[]) {
    const moved = new Int32Array(edgeKeys.length).fill(-1);
    const index = new Map<string, number>();
    next.forEach((e, i) => index.set(e.id, i));
    edges?.forEach((e, i) => (moved[i] = index.get(e.id) ?? -1));
    system.setEdges(next.length, moved);
    edges = next;
    edgeKeys = next.map((e) => `${e.source}->${e.target}`);
    flowsDirty = true;
  }

  function syncFlows() {
    const { doc, sim } = franz.getState();
    const flows = edgeFlows(doc, sim.report);
    for (let i = 0; i < edgeKeys.length; i++) {
      const f = flows.get(edgeKeys[i]!);
      const rate = f?.rate ?? 0;
      system.setFlow(
        i,
        spawnPerSecond(rate, reducedMotion),
        speedPerSecond(rate, reducedMotion),
        (f?.color ?? 0) % colorCount,
      );
    }
    flowsDirty = false;
  }

  function syncCanvas(state: ReactFlowState) {
    const ratio = window.devicePixelRatio || 1;
    if (state.width !== cssW || state.height !== cssH || ratio !== dpr) {
      cssW = state.width;
      cssH = state.height;
      dpr = ratio;
      canvas.style.width = `${cssW}px`;
      canvas.style.height = `${cssH}px`;
      canvas.width = Math.max(1, Math.round(cssW * dpr));
      canvas.height = Math.max(1, Math.round(cssH * dpr));
      drawnLastFrame = true;
    }
    const t = state.transform;
    const x = t[0];
    const y = t[1];
    const zoom = t[2];
    if (x !== tx || y !== ty || zoom !== tz) {
      tx = x;
      ty = y;
      tz = zoom;
      if (insideViewport)
        canvas.style.transform = `translate(${-x / zoom}px, ${-y / zoom}px) scale(${1 / zoom})`;
      drawnLastFrame = true;
    }
  }

  function tick(now: number) {
    const state = flow.getState();
    // A frame left out keeps its time for the next, so particles move as fast; the view's moves are never
    // left out, or the canvas would lag behind the edges.
    const still = state.transform[0] === tx && state.transform[1] === ty && state.transform[2] === tz;
    if (state.edges.length > HALF_RATE_EDGES && still && !skipped && alpha > 0) {
      skipped = true;
      frame = requestAnimationFrame(tick);
      return;
    }
    skipped = false;
    const dt = last === 0 ? 0 : Math.min(MAX_DT, (now - last) / 1000);
    last = now;
    if (state.edges !== edges) syncEdges(state.edges);
    if (flowsDirty) syncFlows();
    const lookup = state.nodeLookup;
    const geometry = system.geometry;
    for (let i = 0; i < system.edges; i++) {
      system.measure(i, writeEdgeGeometry(state.edges[i]!, lookup, geometry, i * GEOMETRY_STRIDE));
    }

    const running = franz.getState().sim.running;
    if (running) {
      alpha = 1;
      system.step(dt);
    } else if (alpha > 0) {
      alpha = Math.max(0, alpha - dt / FADE_SECONDS);
      if (alpha === 0) system.clear();
    }

    syncCanvas(state);
    draw();

    // Paused and faded out: nothing moves, so sleep until the simulation plays again.
    frame = running || alpha > 0 || drawnLastFrame ? requestAnimationFrame(tick) : 0;
  }

  function draw() {
    if (!ctx) return;
    const visible = alpha > 0 && system.count > 0;
    if (!visible && !drawnLastFrame) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    drawnLastFrame = visible;
    if (!visible) return;

    // Positions first, then one path per colour: a handful of fill calls for a thousand particles.
    perColor.fill(0);
    const { slot, travelled, lane, geometry, arcs, color } = system;
    for (let i = 0; i < system.count; i++) {
      const e = slot[i]!;
      const o = e * GEOMETRY_STRIDE;
      const t = tAtShare(arcs, e * (ARC_SAMPLES + 1), ARC_SAMPLES, travelled[i]!);
      const dx = bezierSlope(geometry, o, 0, t);
      const dy = bezierSlope(geometry, o, 1, t);
      const d = Math.hypot(dx, dy) || 1;
      const off = lane[i]! * LANE_SPREAD;
      px[i] = bezierAt(geometry, o, 0, t) - (dy / d) * off;
      py[i] = bezierAt(geometry, o, 1, t) + (dx / d) * off;
      perColor[color[e]!]!++;
    }
    ctx.setTransform(dpr * tz, 0, 0, dpr * tz, dpr * tx, dpr * ty);
    ctx.globalAlpha = 0.9 * alpha;
    const r = Math.max(RADIUS, MIN_SCREEN_RADIUS / tz);
    for (let c = 0; c < colorCount; c++) {
      if (perColor[c] === 0) continue;
      ctx.beginPath();
      for (let i = 0; i < system.count; i++) {
        if (color[slot[i]!] !== c) continue;
        ctx.moveTo(px[i]! + r, py[i]!);
        ctx.arc(px[i]!, py[i]!, r, 0, Math.PI * 2);
      }
      ctx.fillStyle = SERIES_COLORS[c]!;
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  }

  wake();
  return () => {
    if (frame !== 0) cancelAnimationFrame(frame);
    frame = 0;
    unsubscribe();
    motion?.removeEventListener('change', onMotion);
  };
}
